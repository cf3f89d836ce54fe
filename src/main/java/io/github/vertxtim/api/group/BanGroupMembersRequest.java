package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.RequestLimits;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of ban_group_member: bans up to 20 members for {@code Duration} seconds; a banned member is removed from
 * the room and can neither rejoin nor receive its messages until the ban ends.
 *
 * @see <a href="https://trtc.io/document/50296">Banning Group Members</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BanGroupMembersRequest(@JsonProperty("GroupId") String groupId,
                                     @JsonProperty("Members_Account") List<String> memberAccounts,
                                     @JsonProperty("Duration") Long duration,
                                     @JsonProperty("Description") String description,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public BanGroupMembersRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(memberAccounts, "Members_Account");
    memberAccounts = List.copyOf(memberAccounts);
    Objects.requireNonNull(duration, "Duration");
    RequestLimits.within(duration, 0, MAX_DURATION, "Duration");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
  /** Duration is an unsigned 32-bit number of seconds. */
  public static final long MAX_DURATION = 4_294_967_295L;

  public BanGroupMembersRequest(String groupId, List<String> memberAccounts, long duration) {
    this(groupId, memberAccounts, duration, null, null);
  }
}

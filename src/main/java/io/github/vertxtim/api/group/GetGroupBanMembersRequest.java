package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.RequestLimits;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of get_group_ban_member: one page of the banned members.
 *
 * @param limit  page size, at most 100
 * @param offset 0 (or null) for the first page, then the answer's {@code NextOffset}
 *
 * @see <a href="https://trtc.io/document/50295">Getting the List of Banned Group Members</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupBanMembersRequest(@JsonProperty("GroupId") String groupId,
                                        @JsonProperty("Limit") Integer limit,
                                        @JsonProperty("Offset") Long offset,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupBanMembersRequest {
    Objects.requireNonNull(groupId, "GroupId");
    RequestLimits.within(limit, 1, MAX_LIMIT, "Limit");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Page size limit (https://trtc.io/document/50295). */
  public static final int MAX_LIMIT = 100;

  public GetGroupBanMembersRequest(String groupId, Integer limit, Long offset) {
    this(groupId, limit, offset, null);
  }
}

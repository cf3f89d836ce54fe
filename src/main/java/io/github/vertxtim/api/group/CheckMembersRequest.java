package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of check_members: which of these users are in the AVChatRoom.
 *
 * @see <a href="https://trtc.io/document/60523">Checking Whether Users Are in a Live Streaming Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckMembersRequest(@JsonProperty("GroupId") String groupId,
                                  @JsonProperty("Member_Account") List<String> memberAccounts,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public CheckMembersRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(memberAccounts, "Member_Account");
    memberAccounts = List.copyOf(memberAccounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public CheckMembersRequest(String groupId, List<String> memberAccounts) {
    this(groupId, memberAccounts, null);
  }
}

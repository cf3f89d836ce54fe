package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of check_members: the requested users that are in the AVChatRoom.
 *
 * @see <a href="https://trtc.io/document/60523">Checking Whether Users Are in a Live Streaming Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckMembersResult(@JsonProperty("Member_Account") List<String> memberAccounts,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public CheckMembersResult {
    memberAccounts = memberAccounts == null ? List.of() : List.copyOf(memberAccounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

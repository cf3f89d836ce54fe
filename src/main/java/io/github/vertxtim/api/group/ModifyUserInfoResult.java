package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of modify_user_info: the command and the members whose marks were set or deleted (a member that is
 * not online is left out).
 *
 * @see <a href="https://trtc.io/document/50294">Setting Audio-Video Group Member Marks</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyUserInfoResult(@JsonProperty("CommandType") Integer commandType,
                                   @JsonProperty("MemberList") List<MemberMarks> members,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ModifyUserInfoResult {
    members = members == null ? List.of() : List.copyOf(members);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

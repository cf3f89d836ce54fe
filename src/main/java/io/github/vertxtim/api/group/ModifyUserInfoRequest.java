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
 * Body of modify_user_info: sets ({@value #SET_MARKS}) or deletes ({@value #DELETE_MARKS}) marks of up to 500
 * online AVChatRoom members. Marks are numbers of at least 1000 (500 is special: it may be set on members who
 * are not online).
 *
 * @see <a href="https://trtc.io/document/50294">Setting Audio-Video Group Member Marks</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyUserInfoRequest(@JsonProperty("GroupId") String groupId,
                                    @JsonProperty("CommandType") Integer commandType,
                                    @JsonProperty("MemberList") List<MemberMarks> members,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ModifyUserInfoRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(commandType, "CommandType");
    Objects.requireNonNull(members, "MemberList");
    members = List.copyOf(members);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static final int SET_MARKS = 1;
  public static final int DELETE_MARKS = 2;

  public ModifyUserInfoRequest(String groupId, int commandType, List<MemberMarks> members) {
    this(groupId, commandType, members, null);
  }
}

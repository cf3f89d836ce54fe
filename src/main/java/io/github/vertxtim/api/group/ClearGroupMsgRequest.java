package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of clear_group_msg: clears the messages with MsgSeq at most MsgSeq (all when null) for members; the
 * app admin still pulls them.
 *
 * @see <a href="https://trtc.io/document/65970">Clearing Historical Group Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClearGroupMsgRequest(@JsonProperty("GroupId") String groupId,
                                   @JsonProperty("MsgSeq") Long msgSeq,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ClearGroupMsgRequest {
    Objects.requireNonNull(groupId, "GroupId");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ClearGroupMsgRequest(String groupId, Long msgSeq) {
    this(groupId, msgSeq, null);
  }
}

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
 * Body of group_set_key_values: sets (OperateType 1) or deletes (2) up to 20 extensions of a group message,
 * or clears them all (3).
 *
 * @see <a href="https://trtc.io/document/52170">Configuring Message Extension for a Group Message</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetGroupMsgKeyValuesRequest(@JsonProperty("GroupId") String groupId,
                                          @JsonProperty("MsgSeq") long msgSeq,
                                          @JsonProperty("OperateType") int operateType,
                                          @JsonProperty("ExtensionList") List<MsgExtension> extensionList,
                                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SetGroupMsgKeyValuesRequest {
    Objects.requireNonNull(groupId, "GroupId");
    extensionList = extensionList == null ? null : List.copyOf(extensionList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SetGroupMsgKeyValuesRequest(String groupId, long msgSeq, int operateType, List<MsgExtension> extensionList) {
    this(groupId, msgSeq, operateType, extensionList, null);
  }

  public static final int SET = 1;
  public static final int DELETE = 2;
  public static final int CLEAR = 3;

  public static SetGroupMsgKeyValuesRequest set(String groupId, long msgSeq, List<MsgExtension> extensions) {
    return new SetGroupMsgKeyValuesRequest(groupId, msgSeq, SET, extensions);
  }

  public static SetGroupMsgKeyValuesRequest delete(String groupId, long msgSeq, List<MsgExtension> extensions) {
    return new SetGroupMsgKeyValuesRequest(groupId, msgSeq, DELETE, extensions);
  }

  public static SetGroupMsgKeyValuesRequest clear(String groupId, long msgSeq) {
    return new SetGroupMsgKeyValuesRequest(groupId, msgSeq, CLEAR, null);
  }
}

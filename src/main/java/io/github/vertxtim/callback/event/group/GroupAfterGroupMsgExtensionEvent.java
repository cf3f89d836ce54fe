package io.github.vertxtim.callback.event.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.group.MsgExtension;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.List;
import java.util.Map;

/**
 * Sent after the extension key-values of a group message were set, deleted or cleared.
 * <p>
 * {@code OperateType}: {@link #SET}, {@link #DELETE} or {@link #CLEAR}; {@code ExtensionList}: the key-values
 * concerned with their Seq, the items of set_key_values; {@code Seq}: the message's extension version after the
 * change; {@code EventTime}: when the event happened, Unix time in milliseconds (a number or a numeric string on
 * the wire).
 *
 * @see <a href="https://trtc.io/document/76007">After a Group Message Extension Is Configured</a>
 */
@TimCallback("Group.CallbackAfterGroupMsgExtension")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterGroupMsgExtensionEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                               @JsonProperty("GroupId") String groupId,
                                               @JsonProperty("MsgSeq") Long msgSeq,
                                               @JsonProperty("OperateType") Integer operateType,
                                               @JsonProperty("ExtensionList") List<MsgExtension> extensionList,
                                               @JsonProperty("Seq") Long seq,
                                               @JsonProperty("EventTime") Long eventTime,
                                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  /** OperateType: key-values set. */
  public static final int SET = 1;
  /** OperateType: key-values deleted. */
  public static final int DELETE = 2;
  /** OperateType: all key-values cleared. */
  public static final int CLEAR = 3;

  public GroupAfterGroupMsgExtensionEvent {
    extensionList = extensionList == null ? List.of() : List.copyOf(extensionList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterGroupMsgExtensionEvent(String callbackCommand, String groupId, Long msgSeq, Integer operateType,
      List<MsgExtension> extensionList, Long seq, Long eventTime) {
    this(callbackCommand, groupId, msgSeq, operateType, extensionList, seq, eventTime, null);
  }
}

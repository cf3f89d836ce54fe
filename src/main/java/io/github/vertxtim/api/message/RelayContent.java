package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * The content of a {@code TIMRelayElem}: a merged forward of several messages. The messages come inline in MsgList
 * when they total at most 12 KB, else only a JsonMsgKey to fetch them by.
 *
 * @param title          the Title
 * @param msgNum         the MsgNum, how many messages were forwarded
 * @param compatibleText the CompatibleText that SDKs without merged-forward support show instead
 * @param abstractList   the AbstractList, the digest lines, or {@code null} when absent
 * @param msgList        the MsgList, or {@code null} when absent
 * @param jsonMsgKey     the JsonMsgKey of a list over 12 KB
 * @param unknownFields  fields this library does not know, kept and sent back
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelayContent(@JsonProperty("Title") String title,
                           @JsonProperty("MsgNum") Integer msgNum,
                           @JsonProperty("CompatibleText") String compatibleText,
                           @JsonProperty("AbstractList") List<String> abstractList,
                           @JsonProperty("MsgList") List<RelayedMsg> msgList,
                           @JsonProperty("JsonMsgKey") String jsonMsgKey,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements MsgContent {

  public static final String MSG_TYPE = "TIMRelayElem";

  public RelayContent {
    abstractList = abstractList == null ? null : List.copyOf(abstractList);
    msgList = msgList == null ? null : List.copyOf(msgList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public RelayContent(String title, Integer msgNum, String compatibleText, List<String> abstractList,
                      List<RelayedMsg> msgList, String jsonMsgKey) {
    this(title, msgNum, compatibleText, abstractList, msgList, jsonMsgKey, null);
  }

  @Override
  public String msgType() {
    return MSG_TYPE;
  }
}

package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.message.MsgElement;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of import_group_msg: up to 7 historical messages, oldest first, with their senders and times; imports
 * trigger no callbacks or notifications.
 *
 * @see <a href="https://trtc.io/document/34968">Importing Group Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportGroupMsgRequest(@JsonProperty("GroupId") String groupId,
                                    @JsonProperty("RecentContactFlag") Integer recentContactFlag,
                                    @JsonProperty("MsgList") List<ImportedMsg> msgList,
                                    @JsonProperty("TopicId") String topicId,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ImportGroupMsgRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(msgList, "MsgList");
    msgList = List.copyOf(msgList);
    if (msgList.isEmpty() || msgList.size() > MAX_MESSAGES) {
      throw new IllegalArgumentException("MsgList holds 1 to " + MAX_MESSAGES + " messages, got " + msgList.size());
    }
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ImportGroupMsgRequest(String groupId, Integer recentContactFlag, List<ImportedMsg> msgList, String topicId) {
    this(groupId, recentContactFlag, msgList, topicId, null);
  }

  /** At most this many messages per request. */
  public static final int MAX_MESSAGES = 7;

  public static ImportGroupMsgRequest of(String groupId, List<ImportedMsg> msgList) {
    return new ImportGroupMsgRequest(groupId, null, msgList, null);
  }

  /**
   * One imported message: its sender, its time in seconds (SendTime), an optional Random and the body.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImportedMsg(@JsonProperty("From_Account") String fromAccount,
                            @JsonProperty("SendTime") Long sendTime,
                            @JsonProperty("Random") Long random,
                            @JsonProperty("MsgBody") List<MsgElement> msgBody,
                            @JsonProperty("CloudCustomData") String cloudCustomData,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public ImportedMsg {
      Objects.requireNonNull(fromAccount, "From_Account");
      Objects.requireNonNull(sendTime, "SendTime");
      Objects.requireNonNull(msgBody, "MsgBody");
      msgBody = List.copyOf(msgBody);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public ImportedMsg(String fromAccount, Long sendTime, Long random, List<MsgElement> msgBody,
        String cloudCustomData) {
      this(fromAccount, sendTime, random, msgBody, cloudCustomData, null);
    }

    public static ImportedMsg of(String fromAccount, long sendTime, List<MsgElement> msgBody) {
      return new ImportedMsg(fromAccount, sendTime, null, msgBody, null);
    }
  }
}

package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.message.MsgElement;

import java.util.List;
import java.util.Map;

/**
 * Answer of official_account_msg_get_simple: messages newest first, whether the history is exhausted
 * ({@code IsFinished} 1) and the key to continue from.
 *
 * @see <a href="https://trtc.io/document/60812">Pulling Historical Official Account Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetOfficialAccountMsgSimpleResult(@JsonProperty("Official_Account") String officialAccount,
                                                @JsonProperty("IsFinished") Integer isFinished,
                                                @JsonProperty("LastMsgKey") String lastMsgKey,
                                                @JsonProperty("RspMsgList") List<Msg> rspMsgList,
                                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetOfficialAccountMsgSimpleResult {
    rspMsgList = rspMsgList == null ? List.of() : List.copyOf(rspMsgList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public boolean finished() {
    return isFinished != null && isFinished == 1;
  }

  /**
   * One message. {@code IsPlaceMsg} 1: the message is gone (expired, deleted or, here, recalled) and only
   * its place is kept.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Msg(@JsonProperty("From_Account") String fromAccount,
                    @JsonProperty("IsPlaceMsg") Integer isPlaceMsg,
                    @JsonProperty("MsgBody") List<MsgElement> msgBody,
                    @JsonProperty("IsSystemMsg") Integer isSystemMsg,
                    @JsonProperty("MsgPriority") Integer msgPriority,
                    @JsonProperty("MsgRandom") Long msgRandom,
                    @JsonProperty("MsgKey") String msgKey,
                    @JsonProperty("MsgSeq") Long msgSeq,
                    @JsonProperty("MsgTimeStamp") Long msgTimeStamp,
                    @JsonProperty("CloudCustomData") String cloudCustomData,
                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Msg {
      msgBody = msgBody == null ? List.of() : List.copyOf(msgBody);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}

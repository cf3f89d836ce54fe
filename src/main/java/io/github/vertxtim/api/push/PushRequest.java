package io.github.vertxtim.api.push;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.MsgRandomRequest;
import io.github.vertxtim.api.message.MsgElement;
import io.github.vertxtim.api.message.OfflinePushInfo;

import java.util.List;
import java.util.Map;

/**
 * Body of an all-user, attribute or tag push: legacy {@code all_member_push/im_push} and TIMPush
 * {@code timpush/push} document the same object (TIMPush pages no longer show MsgBody and MsgLifeTime; older ones
 * did, and add OnlineOnlyFlag). The client draws MsgRandom when it is {@code null}: the service treats a repeated
 * MsgRandom as the same push task, so a retry never pushes twice.
 *
 * @param fromAccount   sender shown to recipients; the admin when {@code null}
 * @param msgLifeTime   seconds of offline storage, 0..604800 (0 = online users only)
 * @param condition     who gets it; every user when {@code null}
 * @param onlineOnlyFlag TIMPush: 1 = push only, no conversation, roaming or unread count
 * @see <a href="https://www.tencentcloud.com/document/product/1047/37166">Pushing to All Users</a>
 * @see <a href="https://www.tencentcloud.com/document/product/1047/67814">All-user/Tag Push</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PushRequest(@JsonProperty("From_Account") String fromAccount,
                          @JsonProperty("MsgRandom") Long msgRandom,
                          @JsonProperty("MsgBody") List<MsgElement> msgBody,
                          @JsonProperty("MsgLifeTime") Integer msgLifeTime,
                          @JsonProperty("Condition") PushCondition condition,
                          @JsonProperty("OfflinePushInfo") OfflinePushInfo offlinePushInfo,
                          @JsonProperty("OnlineOnlyFlag") Integer onlineOnlyFlag,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord, MsgRandomRequest {

  /** MsgLifeTime at most 7 days (90026 beyond). */
  public static final int MAX_MSG_LIFE_TIME = 604_800;

  public PushRequest {
    msgBody = msgBody == null ? null : List.copyOf(msgBody);
    if (msgLifeTime != null && (msgLifeTime < 0 || msgLifeTime > MAX_MSG_LIFE_TIME)) {
      throw new IllegalArgumentException("MsgLifeTime must be 0 to " + MAX_MSG_LIFE_TIME + " seconds");
    }
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** A push of {@code msgBody} from the admin to every user. */
  public static PushRequest toAll(List<MsgElement> msgBody) {
    return new PushRequest(null, null, msgBody, null, null, null, null, null);
  }

  /** A TIMPush notification (no message body) to every user. */
  public static PushRequest notification(OfflinePushInfo offlinePushInfo) {
    return new PushRequest(null, null, null, null, null, offlinePushInfo, null, null);
  }

  public PushRequest withCondition(PushCondition condition) {
    return new PushRequest(fromAccount, msgRandom, msgBody, msgLifeTime, condition, offlinePushInfo, onlineOnlyFlag,
        unknownFields);
  }

  public PushRequest withFromAccount(String fromAccount) {
    return new PushRequest(fromAccount, msgRandom, msgBody, msgLifeTime, condition, offlinePushInfo, onlineOnlyFlag,
        unknownFields);
  }

  public PushRequest withMsgLifeTime(int msgLifeTime) {
    return new PushRequest(fromAccount, msgRandom, msgBody, msgLifeTime, condition, offlinePushInfo, onlineOnlyFlag,
        unknownFields);
  }

  public PushRequest withOfflinePushInfo(OfflinePushInfo offlinePushInfo) {
    return new PushRequest(fromAccount, msgRandom, msgBody, msgLifeTime, condition, offlinePushInfo, onlineOnlyFlag,
        unknownFields);
  }

  @Override
  public PushRequest withMsgRandom(long msgRandom) {
    return new PushRequest(fromAccount, msgRandom, msgBody, msgLifeTime, condition, offlinePushInfo, onlineOnlyFlag,
        unknownFields);
  }
}

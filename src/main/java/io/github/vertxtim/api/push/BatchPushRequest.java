package io.github.vertxtim.api.push;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.MsgRandomRequest;
import io.github.vertxtim.api.message.MsgElement;
import io.github.vertxtim.api.message.OfflinePushInfo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of timpush/batch: a push to 1..500 named accounts. The client draws MsgRandom when it is {@code null} and
 * keeps it across attempts (the service de-duplicates on it within a second).
 *
 * @param fromAccount the sender (required; the admin is fine)
 * @param msgBody     optional message body (older pages); the current page pushes OfflinePushInfo only
 * @param dataId      the app's own ID for the push, passed to callbacks (at most 64 bytes)
 * @see <a href="https://www.tencentcloud.com/document/product/1047/67553">UserID-Targeted Push</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchPushRequest(@JsonProperty("From_Account") String fromAccount,
                               @JsonProperty("To_Account") List<String> toAccounts,
                               @JsonProperty("MsgRandom") Long msgRandom,
                               @JsonProperty("MsgBody") List<MsgElement> msgBody,
                               @JsonProperty("OfflinePushInfo") OfflinePushInfo offlinePushInfo,
                               @JsonProperty("DataId") String dataId,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord, MsgRandomRequest {

  public BatchPushRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    toAccounts = List.copyOf(Objects.requireNonNull(toAccounts, "To_Account"));
    Objects.requireNonNull(offlinePushInfo, "OfflinePushInfo");
    msgBody = msgBody == null ? null : List.copyOf(msgBody);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static BatchPushRequest of(String fromAccount, Collection<String> toAccounts,
                                    OfflinePushInfo offlinePushInfo) {
    return new BatchPushRequest(fromAccount, List.copyOf(toAccounts), null, null, offlinePushInfo, null, null);
  }

  @Override
  public BatchPushRequest withMsgRandom(long msgRandom) {
    return new BatchPushRequest(fromAccount, toAccounts, msgRandom, msgBody, offlinePushInfo, dataId, unknownFields);
  }
}

package io.github.vertxtim.api.c2c;

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
 * Body of importmsg: one historical ({@value #HISTORY}) or real-time ({@value #REAL_TIME}) message. The service treats
 * two imports with the same MsgSeq, MsgRandom and MsgTimeStamp as one message, also with From and To swapped.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/35014">Importing One-to-One Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportMessageRequest(@JsonProperty("SyncFromOldSystem") Integer syncFromOldSystem,
                                   @JsonProperty("From_Account") String fromAccount,
                                   @JsonProperty("To_Account") String toAccount,
                                   @JsonProperty("MsgSeq") Long msgSeq,
                                   @JsonProperty("MsgRandom") Long msgRandom,
                                   @JsonProperty("MsgTimeStamp") Long msgTimeStamp,
                                   @JsonProperty("MsgBody") List<MsgElement> msgBody,
                                   @JsonProperty("CloudCustomData") String cloudCustomData,
                                   @JsonProperty("SupportMessageExtension") Integer supportMessageExtension,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public ImportMessageRequest {
    Objects.requireNonNull(syncFromOldSystem, "SyncFromOldSystem");
    Objects.requireNonNull(fromAccount, "From_Account");
    Objects.requireNonNull(toAccount, "To_Account");
    Objects.requireNonNull(msgRandom, "MsgRandom");
    Objects.requireNonNull(msgTimeStamp, "MsgTimeStamp");
    Objects.requireNonNull(msgBody, "MsgBody");
    msgBody = List.copyOf(msgBody);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** History import: no unread count, no push. */
  public static final int HISTORY = 2;
  /** Real-time import during a migration: counts as unread and is pushed. */
  public static final int REAL_TIME = 5;

  /** Imports one message of {@code fromAccount} to {@code toAccount} with its original identity and time. */
  public static ImportMessageRequest of(int syncFromOldSystem, String fromAccount, String toAccount, long msgSeq,
                                        long msgRandom, long msgTimeStamp, List<MsgElement> msgBody) {
    return new ImportMessageRequest(syncFromOldSystem, fromAccount, toAccount, msgSeq, msgRandom, msgTimeStamp, msgBody,
        null, null, null);
  }
}

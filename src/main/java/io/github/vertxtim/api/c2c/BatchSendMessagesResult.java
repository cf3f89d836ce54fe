package io.github.vertxtim.api.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import java.util.List;
import java.util.Map;

/**
 * Answer of batchsendmsg: the MsgKey of the message and the recipients it did not reach ({@code ErrorList}, empty
 * when it reached all).
 *
 * @see <a href="https://trtc.io/document/34920">Sending One-to-One Messages to Multiple Users</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchSendMessagesResult(@JsonProperty("MsgKey") String msgKey,
                                      @JsonProperty("MsgId") String msgId,
                                      @JsonProperty("ErrorList") List<Failure> errors,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public BatchSendMessagesResult {
    errors = errors == null ? List.of() : List.copyOf(errors);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /**
   * One recipient the message did not reach (70107: the account does not exist).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Failure(@JsonProperty("To_Account") String toAccount,
                        @JsonProperty("ErrorCode") int errorCode,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Failure {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}

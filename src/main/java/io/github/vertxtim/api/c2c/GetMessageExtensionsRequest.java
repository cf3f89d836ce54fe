package io.github.vertxtim.api.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import java.util.Map;
import java.util.Objects;

/**
 * Body of get_key_values: the extension pairs of a message with Seq of at least StartSeq.
 *
 * @see <a href="https://trtc.io/document/51194">Pulling the Message Extension of a One-to-One Message</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetMessageExtensionsRequest(@JsonProperty("From_Account") String fromAccount,
                                          @JsonProperty("To_Account") String toAccount,
                                          @JsonProperty("MsgKey") String msgKey,
                                          @JsonProperty("StartSeq") Long startSeq,
                                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public GetMessageExtensionsRequest {
    Objects.requireNonNull(toAccount, "To_Account");
    Objects.requireNonNull(msgKey, "MsgKey");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetMessageExtensionsRequest(String fromAccount, String toAccount, String msgKey) {
    this(fromAccount, toAccount, msgKey, null, null);
  }
}

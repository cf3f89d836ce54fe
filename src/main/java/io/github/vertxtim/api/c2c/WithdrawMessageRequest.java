package io.github.vertxtim.api.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import java.util.Map;
import java.util.Objects;

/**
 * Body of admin_msgwithdraw: recalls the message with {@code msgKey} between the two accounts.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/35015">Recalling One-to-One Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WithdrawMessageRequest(@JsonProperty("From_Account") String fromAccount,
                                     @JsonProperty("To_Account") String toAccount,
                                     @JsonProperty("MsgKey") String msgKey,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public WithdrawMessageRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    Objects.requireNonNull(toAccount, "To_Account");
    Objects.requireNonNull(msgKey, "MsgKey");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public WithdrawMessageRequest(String fromAccount, String toAccount, String msgKey) {
    this(fromAccount, toAccount, msgKey, null);
  }
}

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
 * Body of modify_c2c_msg: replaces the MsgBody and/or the CloudCustomData of a stored message.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/47722">Modifying Historical One-to-One Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyMessageRequest(@JsonProperty("From_Account") String fromAccount,
                                   @JsonProperty("To_Account") String toAccount,
                                   @JsonProperty("MsgKey") String msgKey,
                                   @JsonProperty("MsgBody") List<MsgElement> msgBody,
                                   @JsonProperty("CloudCustomData") String cloudCustomData,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public ModifyMessageRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    Objects.requireNonNull(toAccount, "To_Account");
    Objects.requireNonNull(msgKey, "MsgKey");
    msgBody = msgBody == null ? null : List.copyOf(msgBody);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ModifyMessageRequest(String fromAccount, String toAccount, String msgKey, List<MsgElement> msgBody,
                              String cloudCustomData) {
    this(fromAccount, toAccount, msgKey, msgBody, cloudCustomData, null);
  }
}

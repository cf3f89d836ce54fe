package io.github.vertxtim.api.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of set_key_values: sets (1), deletes (2) or clears (3) extension pairs of a message; at most 20 pairs,
 * checked here.
 *
 * @see <a href="https://trtc.io/document/51195">Configuring Message Extension for a One-to-One Message</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetMessageExtensionsRequest(@JsonProperty("From_Account") String fromAccount,
                                          @JsonProperty("To_Account") String toAccount,
                                          @JsonProperty("MsgKey") String msgKey,
                                          @JsonProperty("OperateType") Integer operateType,
                                          @JsonProperty("ExtensionList") List<MessageExtension> extensions,
                                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public SetMessageExtensionsRequest {
    Objects.requireNonNull(toAccount, "To_Account");
    Objects.requireNonNull(msgKey, "MsgKey");
    Objects.requireNonNull(operateType, "OperateType");
    extensions = extensions == null ? null : List.copyOf(extensions);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static final int SET = 1;
  public static final int DELETE = 2;
  public static final int CLEAR = 3;

  public SetMessageExtensionsRequest(String fromAccount, String toAccount, String msgKey, int operateType,
                                     List<MessageExtension> extensions) {
    this(fromAccount, toAccount, msgKey, operateType, extensions, null);
  }
}

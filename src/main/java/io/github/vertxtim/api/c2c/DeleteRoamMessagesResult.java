package io.github.vertxtim.api.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import java.util.List;
import java.util.Map;

/**
 * Answer of delete_c2c_msg_ramble: the MsgKeys of the request that were malformed.
 *
 * @see <a href="https://cloud.tencent.com/document/product/269/101439">Deleting One-to-One Messages One-Way</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteRoamMessagesResult(@JsonProperty("InvalidMsgKeyList") List<String> invalidMsgKeys,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public DeleteRoamMessagesResult {
    invalidMsgKeys = invalidMsgKeys == null ? List.of() : List.copyOf(invalidMsgKeys);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

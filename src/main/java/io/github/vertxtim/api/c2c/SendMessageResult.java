package io.github.vertxtim.api.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import java.util.Map;

/**
 * Answer of sendmsg: the message's time and its MsgKey (for recalls, modifications, extensions).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34919">Sending One-to-One Messages to One User</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendMessageResult(@JsonProperty("MsgTime") Long msgTime,
                                @JsonProperty("MsgKey") String msgKey,
                                @JsonProperty("MsgId") String msgId,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public SendMessageResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * The content of an element whose MsgType this library does not know (one the service adds tomorrow): its MsgType
 * and its MsgContent as raw JSON (Map, List, String, Number, Boolean, null), sent back unchanged.
 *
 * @param msgType       the element's MsgType as it came
 * @param unknownFields every field of the MsgContent object
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
public record UnknownContent(@JsonIgnore String msgType,
                             @JsonAnyGetter Map<String, Object> unknownFields) implements MsgContent {

  public UnknownContent {
    Objects.requireNonNull(msgType, "MsgType");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * The content of a {@code TIMTextElem}: a text, also the offline-push text when the receiver's app is in the background.
 *
 * @param text          the Text
 * @param unknownFields fields this library does not know, kept and sent back
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TextContent(@JsonProperty("Text") String text,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements MsgContent {

  public static final String MSG_TYPE = "TIMTextElem";

  public TextContent {
    Objects.requireNonNull(text, "Text");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public TextContent(String text) {
    this(text, null);
  }

  @Override
  public String msgType() {
    return MSG_TYPE;
  }
}

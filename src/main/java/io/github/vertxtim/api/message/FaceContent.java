package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * The content of a {@code TIMFaceElem}: an emoji of the app's own set (offline-push text "[Face]").
 *
 * @param index         the Index of the emoji, the app's own numbering
 * @param data          the Data, extra data
 * @param unknownFields fields this library does not know, kept and sent back
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaceContent(@JsonProperty("Index") Integer index,
                          @JsonProperty("Data") String data,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements MsgContent {

  public static final String MSG_TYPE = "TIMFaceElem";

  public FaceContent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public FaceContent(Integer index, String data) {
    this(index, data, null);
  }

  @Override
  public String msgType() {
    return MSG_TYPE;
  }
}

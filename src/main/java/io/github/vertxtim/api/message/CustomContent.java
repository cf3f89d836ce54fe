package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * The content of a {@code TIMCustomElem}: the app's own data. A message holds at most one custom element.
 * Desc is the offline-push text (OfflinePushInfo.Desc wins over it); Ext reaches the APNs payload as {@code ext};
 * Data does not reach the push payload.
 *
 * @param data          the Data, the app's own payload
 * @param desc          the Desc, offline-push text
 * @param ext           the Ext, passed through to the push payload
 * @param sound         the Sound, a custom APNs ringtone file name
 * @param unknownFields fields this library does not know, kept and sent back
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomContent(@JsonProperty("Data") String data,
                            @JsonProperty("Desc") String desc,
                            @JsonProperty("Ext") String ext,
                            @JsonProperty("Sound") String sound,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements MsgContent {

  public static final String MSG_TYPE = "TIMCustomElem";

  public CustomContent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public CustomContent(String data, String desc, String ext, String sound) {
    this(data, desc, ext, sound, null);
  }

  @Override
  public String msgType() {
    return MSG_TYPE;
  }
}

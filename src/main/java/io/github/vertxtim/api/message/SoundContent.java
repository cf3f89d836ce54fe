package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * The content of a {@code TIMSoundElem}: a voice clip. To send one, give Url, UUID and Download_Flag 2; old SDKs
 * (2.x, 3.x) sent only UUID, Size and Second.
 *
 * @param url           the Url the clip downloads from
 * @param uuid          the UUID, a globally unique key of the clip (usually its MD5)
 * @param size          the Size in bytes
 * @param second        the Second, the duration in seconds
 * @param downloadFlag  the Download_Flag; 2 = download from Url
 * @param unknownFields fields this library does not know, kept and sent back
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SoundContent(@JsonProperty("Url") String url,
                           @JsonProperty("UUID") String uuid,
                           @JsonProperty("Size") Long size,
                           @JsonProperty("Second") Integer second,
                           @JsonProperty("Download_Flag") Integer downloadFlag,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements MsgContent {

  public static final String MSG_TYPE = "TIMSoundElem";

  public SoundContent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SoundContent(String url, String uuid, Long size, Integer second, Integer downloadFlag) {
    this(url, uuid, size, second, downloadFlag, null);
  }

  @Override
  public String msgType() {
    return MSG_TYPE;
  }
}

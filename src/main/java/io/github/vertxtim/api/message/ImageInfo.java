package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * One item of a {@code TIMImageElem}'s ImageInfoArray: where one rendition of the image downloads from.
 *
 * @param type          the Type: 1 original, 2 large, 3 thumbnail
 * @param size          the Size in bytes
 * @param width         the Width in pixels
 * @param height        the Height in pixels
 * @param url           the URL the rendition downloads from
 * @param unknownFields fields this library does not know, kept and sent back
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageInfo(@JsonProperty("Type") Integer type,
                        @JsonProperty("Size") Long size,
                        @JsonProperty("Width") Integer width,
                        @JsonProperty("Height") Integer height,
                        @JsonProperty("URL") String url,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public static final int ORIGINAL = 1;
  public static final int LARGE = 2;
  public static final int THUMBNAIL = 3;

  public ImageInfo {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ImageInfo(Integer type, Long size, Integer width, Integer height, String url) {
    this(type, size, width, height, url, null);
  }
}

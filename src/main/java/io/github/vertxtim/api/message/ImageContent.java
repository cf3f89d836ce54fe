package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * The content of a {@code TIMImageElem}: an image in up to three renditions. To send one, give UUID and, per
 * rendition, URL, Width and Height.
 *
 * @param uuid           the UUID, a globally unique key of the image (usually its MD5)
 * @param imageFormat    the ImageFormat: JPG 1, GIF 2, PNG 3, BMP 4, other 255
 * @param imageInfoArray the ImageInfoArray, or {@code null} when absent
 * @param unknownFields  fields this library does not know, kept and sent back
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageContent(@JsonProperty("UUID") String uuid,
                           @JsonProperty("ImageFormat") Integer imageFormat,
                           @JsonProperty("ImageInfoArray") List<ImageInfo> imageInfoArray,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements MsgContent {

  public static final String MSG_TYPE = "TIMImageElem";

  public ImageContent {
    // an absent list stays absent: a content is sent as well as received, and must re-encode as it came
    imageInfoArray = imageInfoArray == null ? null : List.copyOf(imageInfoArray);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ImageContent(String uuid, Integer imageFormat, List<ImageInfo> imageInfoArray) {
    this(uuid, imageFormat, imageInfoArray, null);
  }

  @Override
  public String msgType() {
    return MSG_TYPE;
  }
}

package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * The content of a {@code TIMVideoFileElem}: a video and its thumbnail. To send one, give VideoUrl, VideoUUID,
 * ThumbUrl, ThumbUUID, ThumbWidth, ThumbHeight, and VideoDownloadFlag and ThumbDownloadFlag 2.
 *
 * @param videoUrl          the VideoUrl the video downloads from
 * @param videoUuid         the VideoUUID, a globally unique key of the video
 * @param videoSize         the VideoSize in bytes
 * @param videoSecond       the VideoSecond, the duration in seconds (0 from web clients)
 * @param videoFormat       the VideoFormat, e.g. mp4
 * @param videoDownloadFlag the VideoDownloadFlag; 2 = download from VideoUrl
 * @param thumbUrl          the ThumbUrl the thumbnail downloads from
 * @param thumbUuid         the ThumbUUID, a globally unique key of the thumbnail
 * @param thumbSize         the ThumbSize in bytes
 * @param thumbWidth        the ThumbWidth in pixels
 * @param thumbHeight       the ThumbHeight in pixels
 * @param thumbFormat       the ThumbFormat, e.g. JPG
 * @param thumbDownloadFlag the ThumbDownloadFlag; 2 = download from ThumbUrl
 * @param unknownFields     fields this library does not know, kept and sent back
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VideoFileContent(@JsonProperty("VideoUrl") String videoUrl,
                               @JsonProperty("VideoUUID") String videoUuid,
                               @JsonProperty("VideoSize") Long videoSize,
                               @JsonProperty("VideoSecond") Integer videoSecond,
                               @JsonProperty("VideoFormat") String videoFormat,
                               @JsonProperty("VideoDownloadFlag") Integer videoDownloadFlag,
                               @JsonProperty("ThumbUrl") String thumbUrl,
                               @JsonProperty("ThumbUUID") String thumbUuid,
                               @JsonProperty("ThumbSize") Long thumbSize,
                               @JsonProperty("ThumbWidth") Integer thumbWidth,
                               @JsonProperty("ThumbHeight") Integer thumbHeight,
                               @JsonProperty("ThumbFormat") String thumbFormat,
                               @JsonProperty("ThumbDownloadFlag") Integer thumbDownloadFlag,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements MsgContent {

  public static final String MSG_TYPE = "TIMVideoFileElem";

  public VideoFileContent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public VideoFileContent(String videoUrl, String videoUuid, Long videoSize, Integer videoSecond, String videoFormat,
                          Integer videoDownloadFlag, String thumbUrl, String thumbUuid, Long thumbSize,
                          Integer thumbWidth, Integer thumbHeight, String thumbFormat, Integer thumbDownloadFlag) {
    this(videoUrl, videoUuid, videoSize, videoSecond, videoFormat, videoDownloadFlag, thumbUrl, thumbUuid, thumbSize,
        thumbWidth, thumbHeight, thumbFormat, thumbDownloadFlag, null);
  }

  @Override
  public String msgType() {
    return MSG_TYPE;
  }
}

package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * The content of a {@code TIMFileElem}: a file. To send one, give Url, UUID and Download_Flag 2; old SDKs
 * (2.x, 3.x) sent only UUID, FileSize and FileName.
 *
 * @param url           the Url the file downloads from
 * @param uuid          the UUID, a globally unique key of the file (usually its MD5)
 * @param fileSize      the FileSize in bytes
 * @param fileName      the FileName
 * @param downloadFlag  the Download_Flag; 2 = download from Url
 * @param unknownFields fields this library does not know, kept and sent back
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileContent(@JsonProperty("Url") String url,
                          @JsonProperty("UUID") String uuid,
                          @JsonProperty("FileSize") Long fileSize,
                          @JsonProperty("FileName") String fileName,
                          @JsonProperty("Download_Flag") Integer downloadFlag,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements MsgContent {

  public static final String MSG_TYPE = "TIMFileElem";

  public FileContent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public FileContent(String url, String uuid, Long fileSize, String fileName, Integer downloadFlag) {
    this(url, uuid, fileSize, fileName, downloadFlag, null);
  }

  @Override
  public String msgType() {
    return MSG_TYPE;
  }
}

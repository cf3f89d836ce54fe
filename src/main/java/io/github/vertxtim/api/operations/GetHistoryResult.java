package io.github.vertxtim.api.operations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of open_msg_svc/get_history: the hour's record files.
 *
 * @see <a href="https://trtc.io/document/34885">Downloading Recent Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetHistoryResult(@JsonProperty("File") List<File> files,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetHistoryResult {
    files = files == null ? List.of() : List.copyOf(files);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetHistoryResult(List<File> files) {
    this(files, null);
  }

  /**
   * One GZip file of message records.
   *
   * @param expireTime when the URL stops working
   * @param fileSize bytes before GZip
   * @param gzipSize bytes after GZip
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record File(@JsonProperty("URL") String url,
                     @JsonProperty("ExpireTime") String expireTime,
                     @JsonProperty("FileSize") Long fileSize,
                     @JsonProperty("FileMD5") String fileMd5,
                     @JsonProperty("GzipSize") Long gzipSize,
                     @JsonProperty("GzipMD5") String gzipMd5,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public File {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public File(String url, String expireTime, Long fileSize, String fileMd5, Long gzipSize, String gzipMd5) {
      this(url, expireTime, fileSize, fileMd5, gzipSize, gzipMd5, null);
    }
  }
}

package io.github.vertxtim.api.operations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of im_cos_msg/get_cos_sig: one item per file asked for.
 *
 * @see <a href="https://cloud.tencent.com/document/product/269/74777">Querying the Signed URL of a Chat File</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetCosSigResult(@JsonProperty("PreSigURLs") List<PreSigUrl> preSigUrls,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final int NORMAL = 0;
  public static final int BANNED = 1;
  public static final int MISSING = 2;

  public GetCosSigResult {
    preSigUrls = preSigUrls == null ? List.of() : List.copyOf(preSigUrls);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetCosSigResult(List<PreSigUrl> preSigUrls) {
    this(preSigUrls, null);
  }

  /**
   * The signed URL of one file.
   *
   * @param status {@value GetCosSigResult#NORMAL} normal, {@value GetCosSigResult#BANNED} banned, {@value GetCosSigResult#MISSING} not found
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PreSigUrl(@JsonProperty("ResourceID") int resourceId,
                          @JsonProperty("Code") int code,
                          @JsonProperty("Desc") String desc,
                          @JsonProperty("PreSigURL") String preSigUrl,
                          @JsonProperty("Status") int status,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public PreSigUrl {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public PreSigUrl(int resourceId, int code, String desc, String preSigUrl, int status) {
      this(resourceId, code, desc, preSigUrl, status, null);
    }
  }
}

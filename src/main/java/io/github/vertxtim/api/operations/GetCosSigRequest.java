package io.github.vertxtim.api.operations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of im_cos_msg/get_cos_sig: signed URLs (valid 15 minutes, banned files included) of chat files.
 *
 * @see <a href="https://cloud.tencent.com/document/product/269/74777">Querying the Signed URL of a Chat File</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetCosSigRequest(@JsonProperty("RawURLs") List<RawUrl> rawUrls,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetCosSigRequest {
    rawUrls = List.copyOf(Objects.requireNonNull(rawUrls, "RawURLs"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetCosSigRequest(List<RawUrl> rawUrls) {
    this(rawUrls, null);
  }

  /** The files {@code urls}, numbered from 1 in order. */
  public static GetCosSigRequest of(List<String> urls) {
    List<RawUrl> items = new java.util.ArrayList<>(urls.size());
    for (int i = 0; i < urls.size(); i++) {
      items.add(new RawUrl(i + 1, urls.get(i)));
    }
    return new GetCosSigRequest(items, null);
  }

  /**
   * One file: the caller's ID for it in this request and its URL.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RawUrl(@JsonProperty("ResourceID") int resourceId,
                       @JsonProperty("RawURL") String rawUrl,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public RawUrl {
      Objects.requireNonNull(rawUrl, "RawURL");
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public RawUrl(int resourceId, String rawUrl) {
      this(resourceId, rawUrl, null);
    }
  }
}

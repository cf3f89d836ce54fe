package io.github.vertxtim.api.moderation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of content_moderation: the verdict ({@code Result} Pass, Review or Block), its label and score and
 * the keywords that matched.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/77827">On-demand Moderation</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContentModerationResult(@JsonProperty("RequestId") String requestId,
                                      @JsonProperty("Result") String result,
                                      @JsonProperty("Score") Integer score,
                                      @JsonProperty("Label") String label,
                                      @JsonProperty("SubLabel") String subLabel,
                                      @JsonProperty("Keywords") List<String> keywords,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final String PASS = "Pass";
  public static final String REVIEW = "Review";
  public static final String BLOCK = "Block";

  public ContentModerationResult {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public boolean blocked() {
    return BLOCK.equals(result);
  }
}

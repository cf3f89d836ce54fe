package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of black_list_get: {@code {"From_Account":"alice","StartIndex":0,"MaxLimited":30,"LastSequence":0}}.
 *
 * @param startIndex   where the page starts: 0 first, then the previous answer's StartIndex
 * @param maxLimited   the most entries on the page
 * @param lastSequence the previous answer's CurruentSequence, 0 on the first page
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34914">Pulling Blocklist</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetBlocklistRequest(@JsonProperty("From_Account") String fromAccount,
                                  @JsonProperty("StartIndex") long startIndex,
                                  @JsonProperty("MaxLimited") int maxLimited,
                                  @JsonProperty("LastSequence") long lastSequence,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetBlocklistRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    if (maxLimited < 1) {
      throw new IllegalArgumentException("MaxLimited must be at least 1, got " + maxLimited);
    }
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetBlocklistRequest(String fromAccount, long startIndex, int maxLimited, long lastSequence) {
    this(fromAccount, startIndex, maxLimited, lastSequence, null);
  }
}

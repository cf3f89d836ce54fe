package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of black_list_get: one page of the blocklist ({@code BlackListItem}), where the next page starts
 * ({@code StartIndex}, 0 after the last page) and the blocklist's sequence ({@code CurruentSequence}, spelled so
 * on the page).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34914">Pulling Blocklist</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetBlocklistResult(@JsonProperty("BlackListItem") List<Entry> entries,
                                 @JsonProperty("StartIndex") long startIndex,
                                 @JsonProperty("CurruentSequence") long currentSequence,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetBlocklistResult {
    entries = entries == null ? List.of() : List.copyOf(entries);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** One blocked account and when it was blocked (Unix seconds). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entry(@JsonProperty("To_Account") String toAccount,
                      @JsonProperty("AddBlackTimeStamp") long addBlackTimeStamp,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Entry {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}

package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of account_delete: one {@link Item} per requested account.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34955">Deleting Accounts</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteAccountsResult(@JsonProperty("ResultItem") List<Item> items,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteAccountsResult {
    items = items == null ? List.of() : List.copyOf(items);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The items whose ResultCode is not 0. */
  public List<Item> failures() {
    return items.stream().filter(i -> !i.ok()).toList();
  }

  /** One account's outcome: ResultCode 0, or the reason it was not deleted. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("UserID") String userId,
                     @JsonProperty("ResultCode") int resultCode,
                     @JsonProperty("ResultInfo") String resultInfo,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Item {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public boolean ok() {
      return resultCode == 0;
    }
  }
}

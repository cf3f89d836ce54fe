package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of account_check: one {@link Item} per requested account.
 *
 * @see <a href="https://trtc.io/document/34956">Querying Accounts</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckAccountsResult(@JsonProperty("ResultItem") List<Item> items,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final String IMPORTED = "Imported";
  public static final String NOT_IMPORTED = "NotImported";

  public CheckAccountsResult {
    items = items == null ? List.of() : List.copyOf(items);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The items whose ResultCode is not 0. */
  public List<Item> failures() {
    return items.stream().filter(i -> !i.ok()).toList();
  }

  /**
   * One account's answer.
   *
   * @param accountStatus {@value #IMPORTED} or {@value #NOT_IMPORTED}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("UserID") String userId,
                     @JsonProperty("ResultCode") int resultCode,
                     @JsonProperty("ResultInfo") String resultInfo,
                     @JsonProperty("AccountStatus") String accountStatus,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Item {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public boolean ok() {
      return resultCode == 0;
    }

    public boolean imported() {
      return IMPORTED.equals(accountStatus);
    }
  }
}

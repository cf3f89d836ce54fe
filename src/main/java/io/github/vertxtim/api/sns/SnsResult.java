package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer the relationship pages document alike for their batch writes: one {@link Item} per target
 * ({@code ResultItem[{To_Account,ResultCode,ResultInfo}]}) and the targets that failed ({@code Fail_Account}).
 * friend_add, friend_import, friend_update, friend_delete, black_list_add, black_list_delete, follow_add and
 * follow_delete answer it.
 *
 * @see <a href="https://trtc.io/document/34902">Adding Friends</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnsResult(@JsonProperty("ResultItem") List<Item> items,
                        @JsonProperty("Fail_Account") List<String> failAccounts,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public SnsResult {
    items = items == null ? List.of() : List.copyOf(items);
    failAccounts = failAccounts == null ? List.of() : List.copyOf(failAccounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The ResultCode of {@code userId}'s item, if there is one. */
  public Optional<Integer> code(String userId) {
    return items.stream().filter(i -> userId.equals(i.toAccount())).map(Item::resultCode).findFirst();
  }

  /** One target's outcome. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("To_Account") String toAccount,
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

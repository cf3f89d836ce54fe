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
 * Answer of black_list_check: the blocklist relation of each account ({@code BlackListCheckItem}) and the accounts that failed
 * ({@code Fail_Account}). Relation, A being {@code From_Account} and B the checked account: {@value #BOTH_WAY}
 * both sides, {@value #A_WITH_B} only on A's side, {@value #B_WITH_A} only on B's side, {@value #NO_RELATION}
 * neither.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34913">Verifying Users on Blocklist</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckBlocklistResult(@JsonProperty("BlackListCheckItem") List<RelationItem> items,
                                @JsonProperty("Fail_Account") List<String> failAccounts,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final String BOTH_WAY = "BlackCheckResult_Type_BothWay";
  public static final String A_WITH_B = "BlackCheckResult_Type_AWithB";
  public static final String B_WITH_A = "BlackCheckResult_Type_BWithA";
  public static final String NO_RELATION = "BlackCheckResult_Type_NO";

  public CheckBlocklistResult {
    items = items == null ? List.of() : List.copyOf(items);
    failAccounts = failAccounts == null ? List.of() : List.copyOf(failAccounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The Relation answered for {@code userId}, if it was checked. */
  public Optional<String> relation(String userId) {
    return items.stream().filter(i -> userId.equals(i.toAccount())).map(RelationItem::relation).findFirst();
  }
}

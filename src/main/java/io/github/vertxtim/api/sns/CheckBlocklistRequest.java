package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of black_list_check: {@code {"From_Account":"alice","To_Account":["bob"],"CheckType":"BlackCheckResult_Type_Both"}}; at most 1000
 * accounts.
 *
 * @param checkType {@value #SINGLE} (only {@code From_Account}'s side) or {@value #BOTH} (both sides)
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34913">Verifying Users on Blocklist</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckBlocklistRequest(@JsonProperty("From_Account") String fromAccount,
                                 @JsonProperty("To_Account") List<String> toAccounts,
                                 @JsonProperty("CheckType") String checkType,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final String SINGLE = "BlackCheckResult_Type_Single";
  public static final String BOTH = "BlackCheckResult_Type_Both";

  public CheckBlocklistRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    toAccounts = List.copyOf(Objects.requireNonNull(toAccounts, "To_Account"));
    Objects.requireNonNull(checkType, "CheckType");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public CheckBlocklistRequest(String fromAccount, List<String> toAccounts, String checkType) {
    this(fromAccount, toAccounts, checkType, null);
  }
}

package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One account's outcome in account_delete or account_check.
 *
 * @param accountStatus {@code Imported} or {@code NotImported} (account_check only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountResult(@JsonProperty("UserID") String userId,
                            @JsonProperty("ResultCode") int resultCode,
                            @JsonProperty("ResultInfo") String resultInfo,
                            @JsonProperty("AccountStatus") String accountStatus) {

  public boolean ok() {
    return resultCode == 0;
  }

  public boolean imported() {
    return "Imported".equals(accountStatus);
  }
}

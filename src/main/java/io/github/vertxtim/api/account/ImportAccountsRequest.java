package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Body of multiaccount_import in its current form, {@code AccountList}; at most 100 accounts.
 *
 * @see <a href="https://trtc.io/document/34954">Importing Multiple Accounts</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportAccountsRequest(@JsonProperty("AccountList") List<Account> accounts,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ImportAccountsRequest {
    accounts = List.copyOf(accounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ImportAccountsRequest(List<Account> accounts) {
    this(accounts, null);
  }
}

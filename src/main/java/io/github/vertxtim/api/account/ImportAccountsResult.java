package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of multiaccount_import: the UserIDs that could not be imported.
 *
 * @see <a href="https://trtc.io/document/34954">Importing Multiple Accounts</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportAccountsResult(@JsonProperty("FailAccounts") List<String> failAccounts,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ImportAccountsResult {
    failAccounts = failAccounts == null ? List.of() : List.copyOf(failAccounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

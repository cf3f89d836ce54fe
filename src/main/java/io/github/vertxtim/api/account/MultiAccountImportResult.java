package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** Answer of multiaccount_import: the UserIDs that could not be imported. */
public record MultiAccountImportResult(@JsonProperty("FailAccounts") List<String> failAccounts) {

  public MultiAccountImportResult {
    failAccounts = failAccounts == null ? List.of() : List.copyOf(failAccounts);
  }
}

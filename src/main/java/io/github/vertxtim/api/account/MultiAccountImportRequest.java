package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** Body of multiaccount_import (new style, {@code AccountList}); at most 100 accounts. */
public record MultiAccountImportRequest(@JsonProperty("AccountList") List<Account> accounts) {

  public MultiAccountImportRequest {
    accounts = List.copyOf(accounts);
  }
}

package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** Answer of account_delete and account_check: one {@link AccountResult} per requested account. */
public record AccountResults(@JsonProperty("ResultItem") List<AccountResult> items) {

  public AccountResults {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** The items whose ResultCode is not 0. */
  public List<AccountResult> failures() {
    return items.stream().filter(i -> !i.ok()).toList();
  }
}

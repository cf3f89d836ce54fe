package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Body of account_delete: {@code {"DeleteItem":[{"UserID":…}]}}; at most 100 accounts.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34955">Deleting Accounts</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteAccountsRequest(@JsonProperty("DeleteItem") List<UserIdItem> items,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteAccountsRequest {
    items = List.copyOf(items);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static DeleteAccountsRequest of(Collection<String> userIds) {
    return new DeleteAccountsRequest(UserIdItem.of(userIds), null);
  }
}

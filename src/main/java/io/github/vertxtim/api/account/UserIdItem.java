package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code {"UserID": …}}: the item of account_delete's {@code DeleteItem} and account_check's {@code CheckItem},
 * which the two pages document alike.
 *
 * @see <a href="https://trtc.io/document/34956">Querying Accounts</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserIdItem(@JsonProperty("UserID") String userId,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public UserIdItem {
    Objects.requireNonNull(userId, "UserID");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public UserIdItem(String userId) {
    this(userId, null);
  }

  static List<UserIdItem> of(Collection<String> userIds) {
    return userIds.stream().map(UserIdItem::new).toList();
  }
}

package io.github.vertxtim.api.sns;

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
 * Body of follow_add: {@code {"From_Account":"alice","FollowItem":[{"To_Account":"bob"}]}}; at most 20 users.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/70345">Following Users</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddFollowsRequest(@JsonProperty("From_Account") String fromAccount,
                                @JsonProperty("FollowItem") List<Item> items,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public AddFollowsRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    items = List.copyOf(Objects.requireNonNull(items, "FollowItem"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static AddFollowsRequest of(String fromAccount, Collection<String> toAccounts) {
    return new AddFollowsRequest(fromAccount, toAccounts.stream().map(Item::new).toList(), null);
  }

  /** One user to follow. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("To_Account") String toAccount,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Item {
      Objects.requireNonNull(toAccount, "To_Account");
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Item(String toAccount) {
      this(toAccount, null);
    }
  }
}

package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answer of friend_get_list: one {@link Item} per requested account ({@code InfoItem}) and the accounts that
 * failed ({@code Fail_Account}).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34910">Pulling Specified Friends</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetFriendListResult(@JsonProperty("InfoItem") List<Item> items,
                                  @JsonProperty("Fail_Account") List<String> failAccounts,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetFriendListResult {
    items = items == null ? List.of() : List.copyOf(items);
    failAccounts = failAccounts == null ? List.of() : List.copyOf(failAccounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The item of {@code userId}, if it was asked for. */
  public Optional<Item> item(String userId) {
    return items.stream().filter(i -> userId.equals(i.toAccount())).findFirst();
  }

  /** One friend's fields ({@code SnsProfileItem}: friend and profile tags), or a non-zero ResultCode. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("To_Account") String toAccount,
                     @JsonProperty("SnsProfileItem") List<SnsItem> fields,
                     @JsonProperty("ResultCode") int resultCode,
                     @JsonProperty("ResultInfo") String resultInfo,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Item {
      fields = fields == null ? List.of() : List.copyOf(fields);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    /** The value of {@code tag}, if the answer carries it. */
    public Optional<Object> value(String tag) {
      return fields.stream().filter(f -> tag.equals(f.tag())).map(SnsItem::value).findFirst();
    }
  }
}

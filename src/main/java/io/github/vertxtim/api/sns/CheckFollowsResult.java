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
 * Answer of follow_check: the follow relation of each checked user ({@code ResultItem}). FollowType, A being
 * {@code From_Account} and B the checked user: {@value #NONE} neither follows, {@value #FOLLOWED_BY} B follows A,
 * {@value #FOLLOWING} A follows B, {@value #MUTUAL} both.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/70349">Checking Follow Relationship</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckFollowsResult(@JsonProperty("ResultItem") List<Item> items,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final int NONE = 0;
  public static final int FOLLOWED_BY = 1;
  public static final int FOLLOWING = 2;
  public static final int MUTUAL = 3;

  public CheckFollowsResult {
    items = items == null ? List.of() : List.copyOf(items);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The FollowType answered for {@code userId}, if it was checked. */
  public Optional<Integer> followType(String userId) {
    return items.stream().filter(i -> userId.equals(i.toAccount())).map(Item::followType).findFirst();
  }

  /** One checked user. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("To_Account") String toAccount,
                     @JsonProperty("FollowType") Integer followType,
                     @JsonProperty("ResultCode") int resultCode,
                     @JsonProperty("ResultInfo") String resultInfo,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Item {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}

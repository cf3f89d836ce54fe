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
 * Answer of follow_get_info: each user's follower, following and mutual counts ({@code FollowInfo}).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/70350">Get The Fans, Follows, And Mutual
 *     Followers Count</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetFollowInfoResult(@JsonProperty("FollowInfo") List<Item> items,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetFollowInfoResult {
    items = items == null ? List.of() : List.copyOf(items);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The counts of {@code userId}, if asked for. */
  public Optional<Item> item(String userId) {
    return items.stream().filter(i -> userId.equals(i.toAccount())).findFirst();
  }

  /** One user's counts, or a non-zero ResultCode. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("To_Account") String toAccount,
                     @JsonProperty("FollowerCount") long followerCount,
                     @JsonProperty("FollowingCount") long followingCount,
                     @JsonProperty("MutualFollowingCount") long mutualFollowingCount,
                     @JsonProperty("ResultCode") int resultCode,
                     @JsonProperty("ResultInfo") String resultInfo,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Item {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}

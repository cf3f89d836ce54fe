package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import io.github.vertxtim.api.profile.ProfileItem;

import java.util.List;
import java.util.Map;

/**
 * Answer of follow_get: one page of users ({@code FollowItem}) and where the next starts ({@code NextCursor},
 * empty after the last page).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/70347">Retrieve Fans, Follows, And Mutual
 *     Followers List</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetFollowsResult(@JsonProperty("FollowItem") List<Item> items,
                               @JsonProperty("NextCursor") String nextCursor,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetFollowsResult {
    items = items == null ? List.of() : List.copyOf(items);
    nextCursor = nextCursor == null ? "" : nextCursor;
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Whether this is the last page. */
  public boolean complete() {
    return nextCursor.isEmpty();
  }

  /** One user, when the follow began (Unix seconds) and the user's profile. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("To_Account") String toAccount,
                     @JsonProperty("FollowTime") long followTime,
                     @JsonProperty("ProfileItem") List<ProfileItem> profile,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Item {
      profile = profile == null ? List.of() : List.copyOf(profile);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}

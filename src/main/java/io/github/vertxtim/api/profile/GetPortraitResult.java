package io.github.vertxtim.api.profile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answer of portrait_get: one {@link Item} per requested account ({@code UserProfileItem}) and the accounts that
 * failed ({@code Fail_Account}).
 *
 * @see <a href="https://trtc.io/document/34917">Pulling Profiles</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetPortraitResult(@JsonProperty("UserProfileItem") List<Item> items,
                                @JsonProperty("Fail_Account") List<String> failAccounts,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetPortraitResult {
    items = items == null ? List.of() : List.copyOf(items);
    failAccounts = failAccounts == null ? List.of() : List.copyOf(failAccounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The item of {@code userId}, if it was asked for. */
  public Optional<Item> item(String userId) {
    return items.stream().filter(i -> userId.equals(i.toAccount())).findFirst();
  }

  /** One account's profile: the fields asked for that are set, or a non-zero ResultCode. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("To_Account") String toAccount,
                     @JsonProperty("ProfileItem") List<ProfileItem> profile,
                     @JsonProperty("ResultCode") int resultCode,
                     @JsonProperty("ResultInfo") String resultInfo,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Item {
      profile = profile == null ? List.of() : List.copyOf(profile);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public boolean ok() {
      return resultCode == 0;
    }

    /** The value of {@code tag}, if the answer carries it. */
    public Optional<Object> value(String tag) {
      return profile.stream().filter(p -> tag.equals(p.tag())).map(ProfileItem::value).findFirst();
    }
  }
}

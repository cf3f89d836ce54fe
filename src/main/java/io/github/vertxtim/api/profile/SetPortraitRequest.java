package io.github.vertxtim.api.profile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of portrait_set: {@code {"From_Account":"alice","ProfileItem":[{"Tag":…,"Value":…}]}}, the fields of one
 * account to set.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34916">Setting Profiles</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetPortraitRequest(@JsonProperty("From_Account") String fromAccount,
                                 @JsonProperty("ProfileItem") List<ProfileItem> items,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SetPortraitRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    items = List.copyOf(Objects.requireNonNull(items, "ProfileItem"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SetPortraitRequest(String fromAccount, List<ProfileItem> items) {
    this(fromAccount, items, null);
  }
}

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
 * Body of portrait_get: {@code {"To_Account":["alice"],"TagList":["Tag_Profile_IM_Nick"]}}; at most 100 accounts.
 *
 * @see <a href="https://trtc.io/document/34917">Pulling Profiles</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetPortraitRequest(@JsonProperty("To_Account") List<String> toAccounts,
                                 @JsonProperty("TagList") List<String> tags,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetPortraitRequest {
    toAccounts = List.copyOf(Objects.requireNonNull(toAccounts, "To_Account"));
    tags = List.copyOf(Objects.requireNonNull(tags, "TagList"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetPortraitRequest(List<String> toAccounts, List<String> tags) {
    this(toAccounts, tags, null);
  }
}

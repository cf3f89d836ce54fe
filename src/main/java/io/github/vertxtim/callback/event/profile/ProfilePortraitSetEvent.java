package io.github.vertxtim.callback.event.profile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.profile.ProfileItem;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;
import java.util.List;
import java.util.Map;

/**
 * A user profile was updated (by its user or an admin): the changed ProfileItem fields.
 *
 * @see <a href="https://trtc.io/document/48733">After a Profile Is Updated</a>
 */
@TimCallback("Profile.CallbackPortraitSet")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfilePortraitSetEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                      @JsonProperty("Operator_Account") String operatorAccount,
                                      @JsonProperty("From_Account") String fromAccount,
                                      @JsonProperty("ProfileItem") List<ProfileItem> profileItems,
                                      @JsonProperty("EventTime") Long eventTime,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements CallbackEvent {

  public ProfilePortraitSetEvent {
    profileItems = profileItems == null ? List.of() : List.copyOf(profileItems);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

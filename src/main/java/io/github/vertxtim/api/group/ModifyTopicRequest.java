package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of modify_topic: changes the fields given of a topic's profile; {@code MuteAllMember} is
 * {@value #MUTE_ON} or {@value #MUTE_OFF}.
 *
 * @see <a href="https://trtc.io/document/49468">Modifying Topic Profile</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyTopicRequest(@JsonProperty("GroupId") String groupId,
                                 @JsonProperty("TopicId") String topicId,
                                 @JsonProperty("TopicName") String topicName,
                                 @JsonProperty("From_Account") String fromAccount,
                                 @JsonProperty("CustomString") String customString,
                                 @JsonProperty("FaceUrl") String faceUrl,
                                 @JsonProperty("Notification") String notification,
                                 @JsonProperty("Introduction") String introduction,
                                 @JsonProperty("MuteAllMember") String muteAllMember,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ModifyTopicRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(topicId, "TopicId");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static final String MUTE_ON = "On";
  public static final String MUTE_OFF = "Off";
}

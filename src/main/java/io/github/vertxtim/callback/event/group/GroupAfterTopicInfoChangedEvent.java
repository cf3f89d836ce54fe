package io.github.vertxtim.callback.event.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.Map;

/**
 * Sent after a topic's profile changed; only the changed fields are present.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code TopicId}: the topic, when the service sends it
 * (the page's sample has none).
 *
 * @see <a href="https://trtc.io/document/49466">Callback After Topic Profile Change</a>
 */
@TimCallback("Group.CallbackAfterTopicInfoChanged")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterTopicInfoChangedEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                              @JsonProperty("GroupId") String groupId,
                                              @JsonProperty("Type") String type,
                                              @JsonProperty("Operator_Account") String operatorAccount,
                                              @JsonProperty("Name") String name,
                                              @JsonProperty("Introduction") String introduction,
                                              @JsonProperty("Notification") String notification,
                                              @JsonProperty("FaceUrl") String faceUrl,
                                              @JsonProperty("TopicId") String topicId,
                                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupAfterTopicInfoChangedEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterTopicInfoChangedEvent(String callbackCommand, String groupId, String type, String operatorAccount,
      String name, String introduction, String notification, String faceUrl, String topicId) {
    this(callbackCommand, groupId, type, operatorAccount, name, introduction, notification, faceUrl, topicId, null);
  }
}

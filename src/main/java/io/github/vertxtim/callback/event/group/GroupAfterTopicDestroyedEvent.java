package io.github.vertxtim.callback.event.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.List;
import java.util.Map;

/**
 * Sent after topics of a community group have been deleted.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}.
 *
 * @see <a href="https://trtc.io/document/49465">Callback After Topic Deletion</a>
 */
@TimCallback("Group.CallbackAfterTopicDestroyed")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterTopicDestroyedEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                            @JsonProperty("GroupId") String groupId,
                                            @JsonProperty("Type") String type,
                                            @JsonProperty("TopicIdList") List<String> topicIdList,
                                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupAfterTopicDestroyedEvent {
    topicIdList = topicIdList == null ? List.of() : List.copyOf(topicIdList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterTopicDestroyedEvent(String callbackCommand, String groupId, String type,
      List<String> topicIdList) {
    this(callbackCommand, groupId, type, topicIdList, null);
  }
}

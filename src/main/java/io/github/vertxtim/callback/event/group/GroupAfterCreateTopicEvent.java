package io.github.vertxtim.callback.event.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.group.AppDefinedDataItem;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.List;
import java.util.Map;

/**
 * Sent after a topic has been created in a community group.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code UserDefinedDataList}: the topic's custom fields
 * as Key/Value items.
 *
 * @see <a href="https://trtc.io/document/49464">Callback After Topic Creation</a>
 */
@TimCallback("Group.CallbackAfterCreateTopic")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterCreateTopicEvent(
    @JsonProperty("CallbackCommand") String callbackCommand,
    @JsonProperty("GroupId") String groupId,
    @JsonProperty("TopicId") String topicId,
    @JsonProperty("Operator_Account") String operatorAccount,
    @JsonProperty("Owner_Account") String ownerAccount,
    @JsonProperty("Type") String type,
    @JsonProperty("Name") String name,
    @JsonProperty("UserDefinedDataList") List<AppDefinedDataItem> userDefinedDataList,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupAfterCreateTopicEvent {
    userDefinedDataList = userDefinedDataList == null ? List.of() : List.copyOf(userDefinedDataList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterCreateTopicEvent(String callbackCommand, String groupId, String topicId, String operatorAccount,
      String ownerAccount, String type, String name, List<AppDefinedDataItem> userDefinedDataList) {
    this(callbackCommand, groupId, topicId, operatorAccount, ownerAccount, type, name, userDefinedDataList, null);
  }
}

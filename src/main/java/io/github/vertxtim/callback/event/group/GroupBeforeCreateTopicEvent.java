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
 * Sent before a topic is created in a community group; the answer allows or rejects it (custom codes
 * 10100-10200).
 * <p>
 * {@code Type}: the group type, {@link GroupType#COMMUNITY}.
 *
 * @see <a href="https://trtc.io/document/49463">Callback Before Topic Creation</a>
 */
@TimCallback("Group.CallbackBeforeCreateTopic")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupBeforeCreateTopicEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                          @JsonProperty("Operator_Account") String operatorAccount,
                                          @JsonProperty("Type") String type,
                                          @JsonProperty("Name") String name,
                                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupBeforeCreateTopicEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupBeforeCreateTopicEvent(String callbackCommand, String operatorAccount, String type, String name) {
    this(callbackCommand, operatorAccount, type, name, null);
  }
}

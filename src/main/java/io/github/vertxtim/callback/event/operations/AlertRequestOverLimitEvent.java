package io.github.vertxtim.callback.event.operations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;
import java.util.Map;

/**
 * An API of the app is called above 80 % of its rate limit: the service and command, the QPS seen and the limit.
 *
 * @see <a href="https://trtc.io/document/60256">API Overclocking Alarm Callbacks</a>
 */
@TimCallback("Alert.RequestOverLimit")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertRequestOverLimitEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                         @JsonProperty("ServiceName") String serviceName,
                                         @JsonProperty("Command") String command,
                                         @JsonProperty("Request") Integer request,
                                         @JsonProperty("Limit") Integer limit,
                                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements CallbackEvent {

  public AlertRequestOverLimitEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

package io.github.vertxtim.callback.event.state;

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
 * A user logged in, logged out or was disconnected; KickedDevice lists the devices a login pushed off.
 *
 * @see <a href="https://trtc.io/document/34357">State Change Webhook</a>
 */
@TimCallback("State.StateChange")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StateChangeEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                               @JsonProperty("Info") Info info,
                               @JsonProperty("KickedDevice") List<KickedDevice> kickedDevices,
                               @JsonProperty("EventTime") Long eventTime,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements CallbackEvent {

  public StateChangeEvent {
    kickedDevices = kickedDevices == null ? List.of() : List.copyOf(kickedDevices);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static final String LOGIN = "Login";
  public static final String LOGOUT = "Logout";
  public static final String DISCONNECT = "Disconnect";

  /** What happened: Action (Login, Logout, Disconnect), the account and the Reason (Register, Unregister, LinkClose, TimeOut …). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Info(@JsonProperty("Action") String action,
                     @JsonProperty("To_Account") String toAccount,
                     @JsonProperty("Reason") String reason,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Info {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }

  /** A device logged out by this login: its Platform (iOS, Android, Web, Windows, iPad, Mac, Linux). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record KickedDevice(@JsonProperty("Platform") String platform,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public KickedDevice {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}

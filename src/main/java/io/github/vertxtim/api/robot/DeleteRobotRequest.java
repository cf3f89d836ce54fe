package io.github.vertxtim.api.robot;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of openim_robot_http_svc/delete_robot.
 *
 * @see <a href="https://trtc.io/document/55282">Deleting a Chatbot</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteRobotRequest(@JsonProperty("Robot_Account") String robotAccount,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteRobotRequest {
    Objects.requireNonNull(robotAccount, "Robot_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public DeleteRobotRequest(String robotAccount) {
    this(robotAccount, null);
  }
}

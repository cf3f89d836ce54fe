package io.github.vertxtim.api.robot;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of openim_robot_http_svc/get_all_robots: every chatbot UserID.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/55280">Pulling All Chatbots</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetAllRobotsResult(@JsonProperty("Robot_Account") List<String> robotAccounts,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetAllRobotsResult {
    robotAccounts = robotAccounts == null ? List.of() : List.copyOf(robotAccounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetAllRobotsResult(List<String> robotAccounts) {
    this(robotAccounts, null);
  }
}

package io.github.vertxtim.api.robot;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of openim_robot_http_svc/create_robot: a chatbot account; its UserID starts with {@value #PREFIX}.
 *
 * @param userId at most 32 bytes, starting with {@value #PREFIX}
 * @param selfSignature at most 500 bytes
 * @see <a href="https://www.tencentcloud.com/document/product/1047/55281">Creating a Chatbot</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateRobotRequest(@JsonProperty("UserID") String userId,
                                 @JsonProperty("Nick") String nick,
                                 @JsonProperty("FaceUrl") String faceUrl,
                                 @JsonProperty("SelfSignature") String selfSignature,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  /** Every chatbot UserID starts with it. */
  public static final String PREFIX = "@RBT#";

  public CreateRobotRequest {
    Objects.requireNonNull(userId, "UserID");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public CreateRobotRequest(String userId, String nick, String faceUrl, String selfSignature) {
    this(userId, nick, faceUrl, selfSignature, null);
  }

  public static CreateRobotRequest of(String userId) {
    return new CreateRobotRequest(userId, null, null, null, null);
  }
}

package io.github.vertxtim.emulator.impl.robot;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;

/**
 * Chatbots: openim_robot_http_svc/create_robot, delete_robot, get_all_robots (catalog §4.11). The pages give 10002
 * (internal) and 10008 (invalid request: not admin, bot quota reached); a malformed field answers 10004, the
 * group-service "invalid parameter" the bot service shares.
 */
public final class RobotHandlers {

  static final String PREFIX = "@RBT#";
  static final int MAX_TEXT_BYTES = 500;
  private static final int INVALID = TimErrorCode.GROUP_INVALID_PARAMETER.code();   // 10004
  private static final int QUOTA = TimErrorCode.GROUP_INVALID_REQUEST.code();       // 10008

  private final RobotState state;
  private final int maxRobots;

  public RobotHandlers(RobotState state, TimEmulatorOptions options) {
    this.state = state;
    this.maxRobots = (int) options.getLimit(EmulatorLimit.ROBOTS);
  }

  public void install(HandlerTable table) {
    table.handle("openim_robot_http_svc/create_robot", this::createRobot);
    table.handle("openim_robot_http_svc/delete_robot", this::deleteRobot);
    table.handle("openim_robot_http_svc/get_all_robots", this::getAllRobots);
  }

  /**
   * {@code {"UserID":"@RBT#…","Nick","FaceUrl","SelfSignature"}}: the UserID (≤32 bytes) must start with
   * {@code @RBT#}; Nick, FaceUrl and SelfSignature ≤500 bytes. Creating an existing bot keeps one bot and updates
   * what is given.
   */
  JsonObject createRobot(JsonObject body) {
    String userId = robotId(body, "UserID");
    String nick = text(body, "Nick");
    String faceUrl = text(body, "FaceUrl");
    String signature = text(body, "SelfSignature");
    if (!state.create(userId, nick, faceUrl, signature, maxRobots)) {
      throw new EmulatorError(QUOTA, "at most " + maxRobots + " chatbots per app");
    }
    return new JsonObject();
  }

  /** {@code {"Robot_Account":"@RBT#…"}}: 10004 when it is not a bot. */
  JsonObject deleteRobot(JsonObject body) {
    String userId = robotId(body, "Robot_Account");
    if (!state.delete(userId)) {
      throw new EmulatorError(INVALID, "no chatbot " + userId);
    }
    return new JsonObject();
  }

  /** {@code {}} → {@code {"Robot_Account":[..]}} in creation order. */
  JsonObject getAllRobots(JsonObject body) {
    return new JsonObject().put("Robot_Account", new JsonArray(state.ids()));
  }

  private static String robotId(JsonObject body, String field) {
    String id = Fields.requiredUserId(body, field, INVALID);
    if (!id.startsWith(PREFIX) || id.length() == PREFIX.length()) {
      throw new EmulatorError(INVALID, field + " must start with " + PREFIX);
    }
    return id;
  }

  private static String text(JsonObject body, String field) {
    String s = Fields.optionalString(body, field, INVALID);
    if (s != null && s.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
      throw new EmulatorError(INVALID, field + " is longer than " + MAX_TEXT_BYTES + " bytes");
    }
    return s;
  }
}

package io.github.vertxtim.api.robot;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.TimCall;
import io.vertx.core.Future;

/** Chatbots: accounts whose UserID starts with {@code @RBT#}; messages to them reach the app's webhook. */
public interface RobotApi {

  /**
   * Creates a chatbot; creating an existing one again keeps one.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/55281">Creating a Chatbot</a>
   */
  @TimCall("openim_robot_http_svc/create_robot")
  Future<EmptyResult> createRobot(CreateRobotRequest request);

  /**
   * Deletes a chatbot.
   *
   * @see <a href="https://trtc.io/document/55282">Deleting a Chatbot</a>
   */
  @TimCall("openim_robot_http_svc/delete_robot")
  Future<EmptyResult> deleteRobot(DeleteRobotRequest request);

  /**
   * Every chatbot of the app.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/55280">Pulling All Chatbots</a>
   */
  @TimCall("openim_robot_http_svc/get_all_robots")
  Future<GetAllRobotsResult> getAllRobots();
}

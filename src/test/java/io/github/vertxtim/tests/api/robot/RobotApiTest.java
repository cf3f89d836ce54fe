package io.github.vertxtim.tests.api.robot;

import io.github.vertxtim.api.account.CheckAccountsRequest;
import io.github.vertxtim.api.robot.CreateRobotRequest;
import io.github.vertxtim.api.robot.DeleteRobotRequest;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Chatbots through the typed API: a scenario of create, list, re-create, delete, and the errors. */
class RobotApiTest extends FamilyTestBase {

  /** Binds the families on the test thread: the first binding in a JVM builds readers, too slow for a loop. */
  @BeforeEach
  void bindFamilies() {
    client.accounts();
    client.robots();
  }

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return new TimEmulatorOptions().setLimit(EmulatorLimit.ROBOTS, 3);
  }

  @Test
  void createListRecreateAndDelete() {
    assertThat(await(() -> client.robots().getAllRobots()).robotAccounts()).isEmpty();
    await(() -> client.robots().createRobot(new CreateRobotRequest("@RBT#helper", "Helper", null, "I help")));
    await(() -> client.robots().createRobot(CreateRobotRequest.of("@RBT#second")));
    assertThat(await(() -> client.robots().getAllRobots()).robotAccounts()).containsExactly("@RBT#helper",
        "@RBT#second");
    // a bot is an account: it exists for the account family, so messages can be sent to it
    assertThat(state().hasAccount("@RBT#helper")).isTrue();
    assertThat(await(() -> client.accounts().checkAccounts(CheckAccountsRequest.of(List.of("@RBT#helper"))))
        .items().get(0).imported()).isTrue();

    await(() -> client.robots().createRobot(new CreateRobotRequest("@RBT#helper", "Helper 2", null, null)));
    assertThat(await(() -> client.robots().getAllRobots()).robotAccounts()).containsExactly("@RBT#helper",
        "@RBT#second");   // one bot, not two

    await(() -> client.robots().deleteRobot(new DeleteRobotRequest("@RBT#helper")));
    assertThat(await(() -> client.robots().getAllRobots()).robotAccounts()).containsExactly("@RBT#second");
    assertThat(state().robotIds()).containsExactly("@RBT#second");
    awaitFailure(() -> client.robots().deleteRobot(new DeleteRobotRequest("@RBT#helper")), 10004);
  }

  @Test
  void errors() {
    awaitFailure(() -> client.robots().createRobot(CreateRobotRequest.of("helper")), 10004);
    awaitFailure(() -> client.robots().createRobot(CreateRobotRequest.of("@RBT#")), 10004);
    awaitFailure(() -> client.robots().createRobot(CreateRobotRequest.of("@RBT#" + "x".repeat(28))), 10004);
    awaitFailure(() -> client.robots().createRobot(new CreateRobotRequest("@RBT#a", null, null,
        "s".repeat(501))), 10004);
    awaitFailure(() -> client.call("openim_robot_http_svc", "create_robot", new JsonObject()), 10004);
    for (String id : List.of("@RBT#1", "@RBT#2", "@RBT#3")) {
      await(() -> client.robots().createRobot(CreateRobotRequest.of(id)));
    }
    awaitFailure(() -> client.robots().createRobot(CreateRobotRequest.of("@RBT#4")), 10008);   // quota 3 here
    await(() -> client.robots().createRobot(CreateRobotRequest.of("@RBT#1")));   // re-creating is not a new bot
  }
}

package io.github.vertxtim.tests.emulator;

import io.github.vertxtim.emulator.TimEmulator;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Server lifecycle and connection counting. */
class ConnectionsTest extends EmulatorTestBase {

  @Test
  void requestsShareOneKeepAliveConnection() {
    for (int i = 0; i < 6; i++) {
      assertOk(call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "k" + i)));
    }
    assertThat(emulator.stats().requests()).isEqualTo(6);
    assertThat(emulator.stats().connectionsOpened()).isEqualTo(1);
    assertThat(emulator.stats().connectionsOpen()).isEqualTo(1);
    await(client.close());
    client = null;
    eventually("the client's connection is closed", () -> emulator.stats().connectionsOpen() == 0);
    assertThat(emulator.stats().connectionsOpened()).isEqualTo(1);
  }

  @Test
  void baseUrlAndPort() {
    assertThat(emulator.port()).isPositive();
    assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port());
    assertThat(emulator.options().getSdkAppId()).isEqualTo(APP_ID);
    assertThat(emulator.options().toString()).doesNotContain(KEY);
  }

  @Test
  void startingTwiceFails() {
    Throwable t = await(emulator.start().map(p -> (Throwable) null).otherwise(e -> e));
    assertThat(t).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closeClosesTheServerAndItsConnections() {
    assertOk(call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "c1")));
    assertThat(emulator.stats().connectionsOpen()).isEqualTo(1);
    await(emulator.close());
    eventually("server connections closed", () -> emulator.stats().connectionsOpen() == 0);
    Throwable t = await(send(HttpMethod.POST, uri(ACCOUNT_IMPORT), "{}").map(a -> (Throwable) null)
        .otherwise(e -> e));
    assertThat(t).isNotNull();
    emulator = null;
  }

  @Test
  void optionsAreCopied() {
    var options = options();
    TimEmulator other = TimEmulator.create(vertx, options);
    options.setSdkAppId(1);
    assertThat(other.options().getSdkAppId()).isEqualTo(APP_ID);
  }
}

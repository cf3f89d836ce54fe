package io.github.vertxtim.tests.bulk;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** get_appid_group_list as a stream that fetches the next page only on demand. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class PagingTest {

  @Test
  void groupListStreamsEveryGroupOnceAndFetchesPagesLazily(Vertx vertx) throws Exception {
    TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions());
    emulator.start().await();
    List<String> seeded = emulator.state().addGroups(250, "Public");
    TimClient client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl()));
    String path = "group_open_http_svc/get_appid_group_list";

    List<String> ids = new CopyOnWriteArrayList<>();
    Promise<Void> end = Promise.promise();
    ReadStream<JsonObject> groups = client.pages("group_open_http_svc", "get_appid_group_list",
        new JsonObject().put("Limit", 100));
    groups.pause();
    groups.endHandler(v -> end.complete());
    groups.exceptionHandler(end::fail);
    groups.handler(g -> ids.add(g.getString("GroupId")));
    Thread.sleep(200);
    assertThat(emulator.stats().requests(path)).isZero();

    groups.fetch(1);
    waitFor(() -> ids.size() >= 1);
    Thread.sleep(200);
    assertThat(ids).hasSize(1);
    assertThat(emulator.stats().requests(path)).isEqualTo(1);
    groups.fetch(99);
    waitFor(() -> ids.size() >= 100);
    Thread.sleep(200);
    assertThat(ids).hasSize(100);
    assertThat(emulator.stats().requests(path)).isEqualTo(1);

    groups.resume();
    end.future().await();
    Set<String> unique = new HashSet<>(ids);
    assertThat(ids).hasSize(250);
    assertThat(unique).containsExactlyInAnyOrderElementsOf(seeded);
    assertThat(emulator.stats().requests(path)).isEqualTo(3);
    client.close().await();
    emulator.close().await();
  }

  /** Polls instead of sleeping a fixed time: a loaded machine may take longer than any guess. */
  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }
}

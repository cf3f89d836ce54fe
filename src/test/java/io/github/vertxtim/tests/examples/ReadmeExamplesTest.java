package io.github.vertxtim.tests.examples;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimErrorCategory;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.CheckAccountsRequest;
import io.github.vertxtim.api.account.KickRequest;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSources;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Vertx;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's examples, compiled and run against the emulator so they cannot rot. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class ReadmeExamplesTest {

  @Test
  void quickTour(Vertx vertx) {
    // [emulator]
    TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions());
    int port = emulator.start().await();
    // [emulator]

    // [client]
    TimClient client = TimClient.create(vertx, new TimClientOptions()
        .setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey())       // or TimClient.create(vertx, options, usersigSupplier)
        .setEndpoint("http://127.0.0.1:" + port));             // production: .setRegion(Region.SINGAPORE)
    // [client]

    // [typed]
    client.accounts()
        .importAccounts(new ImportAccountsRequest(List.of(new Account("alice", "Alice", null), Account.of("bob"))))
        .compose(imported -> client.accounts().checkAccounts(CheckAccountsRequest.of(List.of("alice", "carol"))))
        .onSuccess(checked -> checked.items().forEach(i -> System.out.println(i.userId() + " " + i.accountStatus())))
        .await();
    // [typed]

    // [call]
    JsonObject answer = client.call("group_open_http_svc", "get_appid_group_list",
        new JsonObject().put("Limit", 100)).await();
    System.out.println("groups: " + answer.getInteger("TotalCount"));
    // [call]

    // [errors]
    client.accounts().kick(new KickRequest("nobody"))
        .onFailure(err -> {
          if (err instanceof TimException e && e.category() == TimErrorCategory.NOT_FOUND) {
            System.out.println("not imported: " + e.errorCode() + " " + e.errorInfo());
          }
        });
    // [errors]

    assertThat(emulator.state().accountIds()).containsExactlyInAnyOrder("alice", "bob");
    assertThat(answer.getString("ActionStatus")).isEqualTo("OK");
    TimException kick = catchTim(() -> client.accounts().kick(new KickRequest("nobody")).await());
    assertThat(kick.category()).isEqualTo(TimErrorCategory.NOT_FOUND);
    client.close().await();
    emulator.close().await();
  }

  @Test
  void bulkImportFromAFileAndPagedExport(Vertx vertx, @TempDir Path dir) throws Exception {
    TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions());
    emulator.start().await();
    emulator.state().addGroups(120, "Public");
    TimClient client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl()));
    Path file = dir.resolve("accounts.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      lines.add(new JsonObject().put("UserID", "user" + i).put("Nick", "User " + i).encode());
    }
    Files.write(file, lines);

    BulkSummary summary = importFile(vertx, client, file.toString()).await();
    assertThat(summary.ok()).isEqualTo(2500);
    assertThat(emulator.state().accountCount()).isEqualTo(2500);

    // [pages]
    AtomicInteger groups = new AtomicInteger();
    ReadStream<JsonObject> all = client.pages("group_open_http_svc", "get_appid_group_list",
        new JsonObject().put("Limit", 50));
    all.pipeTo(new CountingWriteStream<>(groups)).await();
    // [pages]
    assertThat(groups.get()).isEqualTo(120);
    client.close().await();
    emulator.close().await();
  }

  private static io.vertx.core.Future<BulkSummary> importFile(Vertx vertx, TimClient client, String path) {
    // [bulk]
    return vertx.fileSystem().open(path, new OpenOptions().setRead(true)).compose(file -> {
      ReadStream<JsonObject> accounts = BulkSources.jsonLines(file);
      BulkJob<JsonObject> job = client.bulk("im_open_login_svc", "multiaccount_import", accounts,
          new BulkOptions().setRatePerSecond(100));        // the app's quota for this endpoint
      job.progressHandler(p -> System.out.printf("%d done, %.0f/s%n", p.done(), p.itemsPerSecond()));
      job.outcomes().handler(o -> {
        if (!o.ok()) {
          System.out.println(o.item().getString("UserID") + " failed: " + o.errorCode() + " " + o.errorInfo());
        }
      });
      return job.summary();
    });
    // [bulk]
  }

  private static TimException catchTim(Runnable r) {
    try {
      r.run();
      return null;
    } catch (TimException e) {
      return e;
    }
  }

  @Test
  void faultInjectionForUsersTests(Vertx vertx) {
    // [faults]
    TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions()
        .setFaults(EmulatorFaults.NONE.withFail502Ratio(0.05).withThrottleRatio(0.05).withLatencyMillis(20)));
    // [faults]
    emulator.start().await();
    assertThat(emulator.faults().fail502Ratio()).isEqualTo(0.05);
    emulator.close().await();
  }
}

package io.github.vertxtim.tests.examples;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.api.c2c.SendMessageRequest;
import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.api.message.MsgElement;
import io.github.vertxtim.api.message.TextContent;
import io.github.vertxtim.callback.TimCallbackReceiver;
import io.github.vertxtim.callback.TimCallbackReceiverOptions;
import io.github.vertxtim.callback.event.c2c.C2cAfterSendMsgEvent;
import io.github.vertxtim.callback.event.c2c.C2cBeforeSendMsgEvent;
import io.github.vertxtim.emulator.EmulatorCallbackOptions;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.github.vertxtim.Region;
import io.github.vertxtim.TimErrorCategory;
import io.github.vertxtim.TimErrorCode;
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
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimAdminVerticle;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.dns.AddressResolverOptions;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.streams.WriteStream;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The README's examples, compiled and run (against the emulator where they call the service) so they cannot rot;
 * {@link ReadmeSnippetsTest} checks that every java block of the README is here line for line.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class ReadmeExamplesTest {

  /** What the examples print, kept to check it (and still shown on the console). */
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream console;

  @BeforeEach
  void capturePrinted() {
    console = System.out;
    System.setOut(new PrintStream(new Tee(console, printed), true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreConsole() {
    System.setOut(console);
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  private static void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  @Test
  void clientForARegion(Vertx vertx) {
    String secretKey = TimEmulatorOptions.randomKey();
    // [client]
    TimClient client = TimClient.create(vertx, new TimClientOptions()
        .setSdkAppId(1400000000L)
        .setSecretKey(secretKey)               // or TimClient.create(vertx, options, usersigSupplier)
        .setRegion(Region.SINGAPORE));         // or .setEndpoint("http://127.0.0.1:" + emulatorPort)
    // [client]
    assertThat(client.toString()).doesNotContain(secretKey);
    client.close().await();
  }

  @Test
  void quickTour(Vertx vertx) throws InterruptedException {
    TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions());
    int emulatorPort = emulator.start().await();
    TimClient client = TimClient.create(vertx, new TimClientOptions()
        .setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey())
        .setEndpoint("http://127.0.0.1:" + emulatorPort));

    // [typed]
    client.accounts()
        .importAccounts(new ImportAccountsRequest(List.of(new Account("alice", "Alice", null), Account.of("bob"))))
        .compose(imported -> client.accounts().checkAccounts(CheckAccountsRequest.of(List.of("alice", "carol"))))
        .onSuccess(checked -> checked.items().forEach(i -> System.out.println(i.userId() + " " + i.accountStatus())));
    // [typed]
    awaitUntil("both accounts checked", () -> printed().contains("alice Imported") && printed().contains("carol NotImported"));

    // [call]
    JsonObject answer = client.call("group_open_http_svc", "get_appid_group_list",
        new JsonObject().put("Limit", 100)).await();   // await() only outside event loops, e.g. in main()
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

    AtomicInteger groups = new AtomicInteger();
    WriteStream<JsonObject> writeStream = new CountingWriteStream<>(groups);
    // [pages]
    ReadStream<JsonObject> all = client.pages("group_open_http_svc", "get_appid_group_list",
        new JsonObject().put("Limit", 50));
    all.pipeTo(writeStream);
    // [pages]
    awaitUntil("every group paged", () -> groups.get() >= 120);
    assertThat(groups.get()).isEqualTo(120);
    client.close().await();
    emulator.close().await();
  }

  private static Future<BulkSummary> importFile(Vertx vertx, TimClient client, String path) {
    Future<BulkSummary> summary =
    // [bulk]
        vertx.fileSystem().open(path, new OpenOptions().setRead(true)).compose(file -> {
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
    return summary;
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
    int port = emulator.start().await();
    // point a client at emulator.baseUrl() with emulator.options().getSdkAppId() / getSecretKey()
    // [faults]
    assertThat(port).isPositive();
    assertThat(emulator.baseUrl()).endsWith(":" + port);
    assertThat(emulator.faults().fail502Ratio()).isEqualTo(0.05);
    emulator.close().await();
  }

  /**
   * The README's verticle example as written (region SINGAPORE), on a Vert.x whose resolver maps the region's
   * domains to loopback, where nothing answers on 443: the deployment and the path requester, bus, verticle,
   * client, network run, and no request leaves the machine.
   */
  @Test
  void adminVerticleAndItsBusRequester() throws InterruptedException {
    String hosts = "127.0.0.1 " + Region.SINGAPORE.host() + "\n127.0.0.1 " + Region.SINGAPORE.backupHost() + "\n";
    Vertx vertx = Vertx.vertx(new VertxOptions()
        .setAddressResolverOptions(new AddressResolverOptions().setHostsValue(Buffer.buffer(hosts))));
    String secretKey = TimEmulatorOptions.randomKey();
    try {
      // [eventbus]
      // deploy, on the node that holds the credentials
      TimAdminVerticle.deploy(vertx, new TimAdminOptions(new JsonObject()
          .put("sdkAppId", 1400000000L).put("secretKey", secretKey).put("region", "SINGAPORE")), 2);

      // call it from any verticle, on any node of the cluster
      TimEventBusClient tim = TimEventBusClient.create(vertx);
      tim.accounts().importAccounts(new ImportAccountsRequest(List.of(Account.of("alice"))));
      // [eventbus]
      awaitUntil("verticle deployed", () -> vertx.deploymentIDs().size() == 1);
      TimException refused = catchThrowableOfType(TimException.class, () -> tim.accounts()
          .importAccounts(new ImportAccountsRequest(List.of(Account.of("bob")))).await());
      assertThat(refused.errorCode()).isEqualTo(TimErrorCode.NETWORK_ERROR.code());
    } finally {
      vertx.close().await();
    }
  }

  /** What the callback example archives. */
  private final List<C2cAfterSendMsgEvent> archived = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Archive archive = event -> {
    archived.add(event);
    return Future.succeededFuture();
  };

  private interface Archive {
    Future<Void> store(C2cAfterSendMsgEvent event);
  }

  private static boolean containsLink(List<MsgElement> body) {
    return body.stream().anyMatch(e -> e.msgContent() instanceof TextContent t && t.text().contains("http"));
  }

  /** The README's receiver, called back by the emulator: the reject reaches the sender, the after-event is stored. */
  @Test
  void callbackReceiverOnARouter(Vertx vertx) throws InterruptedException {
    String callbackToken = "readme-callback-token";
    Router router = Router.router(vertx);
    // [callbacks]
    TimCallbackReceiver receiver = TimCallbackReceiver.create(vertx, new TimCallbackReceiverOptions()
        .setSdkAppId(1400000001L).addToken(callbackToken).setDedupeWindowSeconds(300));
    receiver.before(C2cBeforeSendMsgEvent.class, req -> Future.succeededFuture(
        containsLink(req.event().msgBody()) ? req.reject(120001, "links are not allowed") : req.allow()));
    receiver.after(C2cAfterSendMsgEvent.class, req -> archive.store(req.event()));
    router.post("/tim/callback").handler(receiver);
    // [callbacks]
    int port = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await().actualPort();
    TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setSdkAppId(1400000001L)
        .setCallbacks(new EmulatorCallbackOptions().setUrl("http://127.0.0.1:" + port + "/tim/callback")
            .setToken(callbackToken)));
    emulator.start().await();
    emulator.state().addAccount("alice");
    emulator.state().addAccount("bob");
    TimClient client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(1400000001L)
        .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl()).setMaxRetries(0));
    TimException refused = catchThrowableOfType(TimException.class, () -> client.c2c().sendMessage(
        SendMessageRequest.of("bob", MsgBody.text("see http://example.com")).withFromAccount("alice")).await());
    assertThat(refused.errorCode()).isEqualTo(120001);
    assertThat(refused.errorInfo()).isEqualTo("links are not allowed");
    client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text("hello")).withFromAccount("alice")).await();
    awaitUntil("the after-send callback archived", () -> archived.size() == 1);
    assertThat(archived.get(0).fromAccount()).isEqualTo("alice");
    client.close().await();
    emulator.close().await();
  }

  /** Writes to two streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
      a.write(bytes, off, len);
      b.write(bytes, off, len);
    }
  }
}

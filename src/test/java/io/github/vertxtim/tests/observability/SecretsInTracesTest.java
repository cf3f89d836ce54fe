package io.github.vertxtim.tests.observability;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimAdminVerticle;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.sig.UserSigGenerator;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a real tracer and Vert.x's HTTP activity logging on, after an OK, a retried and a failed call (direct and over
 * the event bus), no span name, attribute or event and no activity log line carries the secret key, the usersig or
 * the request's query string.
 */
class SecretsInTracesTest {

  private static final JsonObject CHECK = new JsonObject().put("CheckItem", List.of(new JsonObject().put("UserID", "a")));

  private final List<String> logLines = new CopyOnWriteArrayList<>();
  private final Logger netty = Logger.getLogger("io.netty");
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logLines.add(record.getLoggerName() + " " + record.getMessage());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };
  private InternalLoggerFactory previousFactory;
  private Level previousLevel;
  private TracingFixture fx;

  @BeforeEach
  void start() {
    // Netty's LoggingHandler (what setLogActivity installs) takes its logger when a connection opens: route it to JUL
    previousFactory = InternalLoggerFactory.getDefaultFactory();
    InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
    previousLevel = netty.getLevel();
    netty.setLevel(Level.ALL);
    netty.addHandler(capture);
    fx = new TracingFixture();
  }

  @AfterEach
  void stop() {
    fx.close();
    netty.removeHandler(capture);
    netty.setLevel(previousLevel);
    InternalLoggerFactory.setDefaultFactory(previousFactory);
  }

  /** The text column of a Netty hex dump, rows joined, so a secret split across rows is still found. */
  private static String dumpedText(String message) {
    StringBuilder text = new StringBuilder();
    java.util.regex.Matcher m = HEX_ROW.matcher(message);
    while (m.find()) {
      text.append(m.group(1));
    }
    return text.toString();
  }

  private static final java.util.regex.Pattern HEX_ROW =
      java.util.regex.Pattern.compile("(?m)^\\|[0-9a-f]{8}\\|[0-9a-f ]+\\|(.{1,16})\\|$");

  @Test
  void noSpanOrActivityLogCarriesTheKeyTheUsersigOrTheQuery() {
    String key = fx.emulator.options().getSecretKey();
    UserSigGenerator generator = new UserSigGenerator(fx.emulator.options().getSdkAppId(), key);
    List<String> userSigs = new CopyOnWriteArrayList<>();
    var options = fx.clientOptions().setMaxRetries(1)
        .setHttpClientOptions(new HttpClientOptions().setLogActivity(true));
    TimClient client = TimClient.create(fx.vertx, options, () -> {
      String sig = generator.generate("administrator", 86_400);
      userSigs.add(sig);
      return Future.succeededFuture(sig);
    });
    TimAdminOptions admin = new TimAdminOptions().setAddress("test." + UUID.randomUUID() + ".tim.admin.v1")
        .setClientOptions(options);
    TimAdminVerticle.deploy(fx.vertx, admin, 1).await();
    TimEventBusClient bus = TimEventBusClient.create(fx.vertx, admin.getAddress());

    // OK, direct and over the bus
    assertThat(fx.inSpan("ok", () -> client.call("im_open_login_svc", "account_check", CHECK)).await().failure())
        .isNull();
    assertThat(fx.inSpan("bus", () -> bus.call("im_open_login_svc", "account_check", CHECK)).await().failure())
        .isNull();
    // retried: 60007 once, then OK
    fx.emulator.setFaults(EmulatorFaults.NONE.withThrottleRatio(1.0));
    client.attemptHandler(a -> fx.emulator.setFaults(EmulatorFaults.NONE));
    assertThat(fx.inSpan("retried", () -> client.call("im_open_login_svc", "account_check", CHECK)).await()
        .failure()).isNull();
    client.attemptHandler(null);
    // failed: HTTP 502 on every attempt, direct and over the bus
    fx.emulator.setFaults(EmulatorFaults.NONE.withFail502Ratio(1.0));
    assertThat(fx.inSpan("failed", () -> client.call("im_open_login_svc", "account_check", CHECK)).await()
        .failure()).isNotNull();
    assertThat(fx.inSpan("bus-failed", () -> bus.call("im_open_login_svc", "account_check", CHECK)).await()
        .failure()).isNotNull();

    List<SpanData> spans = fx.spans();
    assertThat(spans).extracting(SpanData::getName).contains("tim im_open_login_svc/account_check",
        "tim admin im_open_login_svc/account_check");
    assertThat(spans).anySatisfy(s -> assertThat(s.getEvents()).isNotEmpty());
    // the retried and the failed calls' attempts are events too, and are scanned with the rest
    assertThat(spans).flatExtracting(SpanData::getEvents).extracting(EventData::getName)
        .contains("tim.attempt.failed", "exception");
    // the capture works: activity logging is on and logs every connection's reads and writes
    assertThat(logLines).anyMatch(l -> l.contains("WRITE")).anyMatch(l -> l.contains("READ"));
    assertThat(userSigs).isNotEmpty();

    StringBuilder all = new StringBuilder();
    spans.forEach(s -> all.append(s).append('\n')); // name, attributes, events (with exception messages and traces)
    for (SpanData s : spans) {
      // each event's name and attributes read one by one too, not only as the span's toString renders them
      for (EventData e : s.getEvents()) {
        all.append(e.getName()).append('\n');
        e.getAttributes().forEach((k, v) -> all.append(k.getKey()).append('=').append(v).append('\n'));
      }
    }
    logLines.forEach(l -> all.append(l).append('\n').append(dumpedText(l)).append('\n'));
    String text = all.toString();
    assertThat(text).doesNotContain(key).doesNotContain("usersig=").doesNotContain("sdkappid=")
        .doesNotContain("contenttype=").doesNotContain("identifier=");
    for (String sig : userSigs) {
      assertThat(text).doesNotContain(sig).doesNotContain(sig.substring(0, 24));
    }
  }
}

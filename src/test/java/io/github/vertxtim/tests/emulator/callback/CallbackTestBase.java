package io.github.vertxtim.tests.emulator.callback;

import io.github.vertxtim.emulator.EmulatorCallbackOptions;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.tests.Poll;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The emulator's callback tests: a small receiving server on loopback (our own, not the project's receiver) that
 * records every callback and answers what the test scripted per command, and an emulator pointed at it.
 */
abstract class CallbackTestBase extends FamilyTestBase {

  static final String TOKEN = "MyCallbackToken-2024";
  static final String OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";

  /** One callback as the receiver saw it. */
  record Received(String command, List<String> paramNames, Map<String, String> params, JsonObject body) {
  }

  /** What the receiver answers a command: a JSON text, or null to never answer. */
  final Map<String, Function<JsonObject, String>> answers = new ConcurrentHashMap<>();
  final List<Received> received = new CopyOnWriteArrayList<>();
  /** Requests the receiver holds unanswered (answer null), closed after the test. */
  final List<HttpServerRequest> held = new CopyOnWriteArrayList<>();
  private HttpServer receiver;

  /** The callback options of the test; the URL is the receiver's. */
  EmulatorCallbackOptions callbackOptions() {
    return new EmulatorCallbackOptions().setToken(TOKEN);
  }

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    int port = startReceiver();
    return new TimEmulatorOptions().setRateLimitEnabled(false)
        .setCallbacks(callbackOptions().setUrl("http://127.0.0.1:" + port + "/tim/callback"));
  }

  private int startReceiver() {
    try {
      receiver = vertx.createHttpServer().requestHandler(this::receive);
      return receiver.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture()
          .get(30, TimeUnit.SECONDS).actualPort();
    } catch (Exception e) {
      throw new AssertionError("the receiver did not start", e);
    }
  }

  private void receive(HttpServerRequest request) {
    request.body().onSuccess(buffer -> {
      List<String> names = new ArrayList<>();
      Map<String, String> params = new LinkedHashMap<>();
      for (String pair : request.query().split("&")) {
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
        names.add(name);
        params.put(name, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
      JsonObject body = buffer.toJsonObject();
      String command = params.get("CallbackCommand");
      received.add(new Received(command, names, params, body));
      String answer = answers.getOrDefault(command, b -> OK).apply(body);
      if (answer == null) {
        held.add(request);
        return;
      }
      request.response().putHeader("Content-Type", "application/json").end(answer);
    });
  }

  /**
   * A client without retries and with a long timeout: a retry would send the callbacks again, and the first call of
   * a cold JVM on a loaded machine was seen to take longer than the default 5 s.
   */
  @BeforeEach
  void patientClient() throws Exception {
    useClientWithoutRetries();
  }

  @AfterEach
  void closeReceiver() throws Exception {
    held.forEach(r -> r.connection().close());
    if (receiver != null) {
      receiver.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  /** The callbacks received of {@code command}, in arrival order. */
  List<Received> of(String command) {
    return received.stream().filter(r -> command.equals(r.command())).toList();
  }

  /** Waits until {@code count} callbacks of {@code command} arrived, and returns them. */
  List<Received> await(String command, int count) {
    Poll.until(count + " x " + command, () -> of(command).size() >= count, 10_000);
    return of(command);
  }

  /** {@code lowercase_hex(SHA-256(token + RequestTime))}, computed here independently of the emulator. */
  static String sign(String token, String requestTime) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest((token + requestTime).getBytes(StandardCharsets.UTF_8)));
  }

  /** A raw REST call through the client, waited for. */
  JsonObject call(String path, JsonObject body) {
    int slash = path.indexOf('/');
    return await(() -> client.call(path.substring(0, slash), path.substring(slash + 1), body));
  }

  static JsonArray text(String text) {
    return new JsonArray().add(new JsonObject().put("MsgType", "TIMTextElem")
        .put("MsgContent", new JsonObject().put("Text", text)));
  }

  void importAccounts(String... ids) {
    for (String id : ids) {
      state().addAccount(id);
    }
  }
}

package io.github.vertxtim.tests.callback;

import io.github.vertxtim.callback.CallbackSignature;
import io.github.vertxtim.callback.TimCallbackReceiver;
import io.github.vertxtim.callback.TimCallbackReceiverOptions;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A receiver mounted on a Router of a loopback server on a random port, and a client that sends it callbacks the
 * way Tencent does (query parameters, Sign, RequestTime).
 */
final class ReceiverFixture implements AutoCloseable {

  static final long APP = 1400000001L;
  static final String TOKEN = "MyCallbackToken-2024";
  static final String PATH = "/tim/callback";

  final Vertx vertx;
  final TimCallbackReceiver receiver;
  private final HttpServer server;
  private final HttpClient client;

  ReceiverFixture(Consumer<TimCallbackReceiverOptions> tune, Consumer<TimCallbackReceiver> handlers) {
    this(Vertx.vertx(), tune, handlers);
  }

  ReceiverFixture(Vertx vertx, Consumer<TimCallbackReceiverOptions> tune, Consumer<TimCallbackReceiver> handlers) {
    this.vertx = vertx;
    TimCallbackReceiverOptions options = new TimCallbackReceiverOptions().setSdkAppId(APP).addToken(TOKEN);
    tune.accept(options);
    receiver = TimCallbackReceiver.create(vertx, options);
    handlers.accept(receiver);
    Router router = Router.router(vertx);
    router.post(PATH).handler(receiver);
    server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await();
    client = vertx.createHttpClient();
  }

  int port() {
    return server.actualPort();
  }

  /** The sample body of {@code command} from the test resources. */
  static JsonObject sample(String command) {
    try {
      return new JsonObject(Files.readString(Path.of("src/test/resources/io/github/vertxtim/callbacks/samples/"
          + command + ".json")));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Tencent's query for {@code command}, signed now with {@link #TOKEN}. */
  static Map<String, String> query(String command) {
    long now = System.currentTimeMillis() / 1000;
    Map<String, String> q = new LinkedHashMap<>();
    q.put("SdkAppid", Long.toString(APP));
    q.put("CallbackCommand", command);
    q.put("contenttype", "json");
    q.put("ClientIP", "203.0.113.7");
    q.put("OptPlatform", "RESTAPI");
    q.put("Sign", CallbackSignature.sign(TOKEN, now));
    q.put("RequestTime", Long.toString(now));
    return q;
  }

  Answer post(String command, JsonObject body) {
    return post(query(command), body.toBuffer());
  }

  Answer post(Map<String, String> query, Buffer body) {
    StringBuilder uri = new StringBuilder(PATH);
    char sep = '?';
    for (Map.Entry<String, String> e : query.entrySet()) {
      uri.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    long start = System.nanoTime();
    // the body is asked for in the same tick as the response arrives, or Vert.x drops it
    return client.request(new RequestOptions().setMethod(HttpMethod.POST)
            .setHost("127.0.0.1").setPort(port()).setURI(uri.toString()))
        .compose(r -> r.send(body))
        .compose(response -> response.body().map(answer -> new Answer(response.statusCode(), answer,
            (System.nanoTime() - start) / 1_000_000)))
        .await();
  }

  /** One answer: its HTTP status, body and how long it took. */
  record Answer(int status, Buffer body, long millis) {
    JsonObject json() {
      return new JsonObject(body);
    }
  }

  @Override
  public void close() {
    vertx.close().await();
  }
}

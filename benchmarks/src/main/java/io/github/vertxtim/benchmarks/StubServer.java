package io.github.vertxtim.benchmarks;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The loopback stand-in for the TIM service used by the round-trip benchmarks: every POST gets the same small
 * account_check answer (ActionStatus OK, one ResultItem), like the service's. It checks no signature and keeps no
 * state, so what it costs per call is the same for every client.
 *
 * <p>Runs in its own JVM (see {@link StubProcess}) on one event loop, so that the client's CPU time and allocation
 * measured in the JMH fork are the client's alone. Prints {@code STUB_PORT <port>} on stdout once listening and exits
 * when its stdin closes, i.e. when the JVM that started it goes away, even if that JVM crashed.
 */
public final class StubServer {

  /** What account_check answers for one imported account. */
  public static final String ANSWER_JSON = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\","
      + "\"ResultItem\":[{\"UserID\":\"user1\",\"ResultCode\":0,\"ResultInfo\":\"\",\"AccountStatus\":\"Imported\"}]}";

  private StubServer() {
  }

  public static void main(String[] args) throws Exception {
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
        .setInternalBlockingPoolSize(1));
    Buffer answer = Buffer.buffer(ANSWER_JSON.getBytes(StandardCharsets.UTF_8));
    CharSequence json = HttpHeaders.createOptimized("application/json");
    HttpServer server = vertx.createHttpServer(new HttpServerOptions().setTcpNoDelay(true));
    server.requestHandler(req -> req.end().onComplete(done ->
        req.response().putHeader(HttpHeaders.CONTENT_TYPE, json).end(answer)));
    int port = server.listen(0, "127.0.0.1").await().actualPort();
    System.out.println("STUB_PORT " + port);
    System.out.flush();
    InputStream in = System.in;
    byte[] buf = new byte[64];
    while (in.read(buf) >= 0) {
      // wait for the parent to close our stdin
    }
    vertx.close().await();
    System.exit(0);
  }
}

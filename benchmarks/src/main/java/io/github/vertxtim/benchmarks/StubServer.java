package io.github.vertxtim.benchmarks;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.InputStream;

/**
 * The loopback stand-in for the TIM service used by the round-trip benchmarks: every POST gets the same
 * account_check answer (ActionStatus OK, one ResultItem per account of the trial's request, see
 * {@link AccountCheckFixture}), like the service's. It checks no signature and keeps no state, so what it costs per
 * call is the same for every client.
 *
 * <p>Runs in its own JVM (see {@link StubProcess}) on one event loop, so that the client's CPU time and allocation
 * measured in the JMH fork are the client's alone. Its one argument is the number of accounts (default 1). Prints
 * {@code STUB_PORT <port>} on stdout once listening and exits when its stdin closes, i.e. when the JVM that started
 * it goes away, even if that JVM crashed.
 */
public final class StubServer {

  private StubServer() {
  }

  public static void main(String[] args) throws Exception {
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
        .setInternalBlockingPoolSize(1));
    Buffer answer = Buffer.buffer(AccountCheckFixture.of(accounts).answerBytes());
    CharSequence json = HttpHeaders.createOptimized("application/json");
    HttpServer server = vertx.createHttpServer(new HttpServerOptions().setTcpNoDelay(true));
    // all on the one event loop: no synchronisation needed
    boolean[] checked = {false};
    server.requestHandler(req -> {
      if (checked[0]) {
        req.end().onComplete(done -> req.response().putHeader(HttpHeaders.CONTENT_TYPE, json).end(answer));
      } else {
        checked[0] = true;
        req.body().onComplete(body -> checkFirst(req, body.result(), accounts, answer, json));
      }
    });
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

  /**
   * The first request of a trial must ask for as many accounts as the answer holds; if not (a contender built its
   * request from another fixture), it gets HTTP 400 and the trial's set-up fails on its first calls.
   */
  private static void checkFirst(HttpServerRequest req, Buffer body, int accounts, Buffer answer, CharSequence json) {
    JsonArray items = body == null ? null : new JsonObject(body).getJsonArray("CheckItem");
    int asked = items == null ? -1 : items.size();
    if (asked == accounts) {
      req.response().putHeader(HttpHeaders.CONTENT_TYPE, json).end(answer);
    } else {
      System.out.println("request asks for " + asked + " accounts, the answer has " + accounts);
      req.response().setStatusCode(400).end();
    }
  }
}

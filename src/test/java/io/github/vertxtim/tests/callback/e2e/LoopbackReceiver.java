package io.github.vertxtim.tests.callback.e2e;

import io.github.vertxtim.callback.TimCallbackReceiver;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;

import java.util.concurrent.TimeUnit;

/** A receiver mounted as a user would, on a server of its own on a random loopback port. */
final class LoopbackReceiver {

  final HttpServer server;
  /** Where the emulator sends its callbacks. */
  final String url;

  LoopbackReceiver(Vertx vertx, TimCallbackReceiver receiver) {
    Router router = Router.router(vertx);
    router.post("/tim/callback").handler(receiver);
    try {
      server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
          .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the receiver did not start", e);
    }
    url = "http://127.0.0.1:" + server.actualPort() + "/tim/callback";
  }

  void close() throws Exception {
    server.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}

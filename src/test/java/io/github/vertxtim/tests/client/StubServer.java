package io.github.vertxtim.tests.client;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP server for transport-level cases the emulator does not produce (broken bodies, odd statuses): it
 * records each request and lets the test answer it.
 */
final class StubServer {

  record Seen(String method, String uri, String contentType, Buffer body) {
  }

  interface Answer {
    void answer(HttpServerRequest request, Buffer body, int index);
  }

  final List<Seen> seen = new CopyOnWriteArrayList<>();
  final AtomicInteger connections = new AtomicInteger();
  private final HttpServer server;
  private volatile Answer answer;

  private StubServer(HttpServer server) {
    this.server = server;
  }

  static Future<StubServer> start(Vertx vertx, Answer answer) {
    HttpServer server = vertx.createHttpServer();
    StubServer stub = new StubServer(server);
    stub.answer = answer;
    server.connectionHandler(c -> stub.connections.incrementAndGet());
    server.requestHandler(stub.handler());
    return server.listen(0, "127.0.0.1").map(s -> stub);
  }

  private Handler<HttpServerRequest> handler() {
    return req -> req.body().onSuccess(body -> {
      seen.add(new Seen(req.method().name(), req.uri(), req.getHeader("Content-Type"), body));
      answer.answer(req, body, seen.size() - 1);
    });
  }

  void answer(Answer answer) {
    this.answer = answer;
  }

  int port() {
    return server.actualPort();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  Future<Void> close() {
    return server.close();
  }

  static void ok(HttpServerRequest req, String json) {
    req.response().putHeader("Content-Type", "application/json").end(json);
  }
}

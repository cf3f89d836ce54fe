package io.github.vertxtim.emulator.impl;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * Puts answers on the wire: the normal JSON answer, the slow trickle, the gateway 502 and the reset. Every method
 * tolerates a client that has already gone away.
 */
final class AnswerWriter {

  /** What nginx, the service's front end (seed sample: {@code Server: nginx/1.7.10}), sends with a 502. */
  private static final Buffer BAD_GATEWAY_BODY = Buffer.buffer("<html>\r\n"
      + "<head><title>502 Bad Gateway</title></head>\r\n"
      + "<body>\r\n"
      + "<center><h1>502 Bad Gateway</h1></center>\r\n"
      + "<hr><center>nginx</center>\r\n"
      + "</body>\r\n"
      + "</html>\r\n");

  /** The gap between two slow writes is at most this, so the stream never looks idle to an idle timeout. */
  private static final long MAX_SLOW_TICK_MILLIS = 100;

  private final Vertx vertx;

  AnswerWriter(Vertx vertx) {
    this.vertx = vertx;
  }

  /** HTTP 200, {@code Content-Type: application/json}, the whole body at once. */
  void json(HttpServerRequest request, Buffer body) {
    HttpServerResponse response = request.response();
    if (response.closed() || response.ended()) {
      return;
    }
    response.setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(body);
  }

  /**
   * HTTP 200 with the full {@code Content-Length} in the headers at once, then the body a few bytes at a time, the
   * last byte {@code millis} after the headers. Data keeps flowing (a write at least every 100 ms while bytes
   * remain), so only a total deadline protects a client, not an idle timeout.
   */
  void slowJson(HttpServerRequest request, Buffer body, long millis) {
    HttpServerResponse response = request.response();
    if (response.closed() || response.ended()) {
      return;
    }
    int length = body.length();
    response.setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(length));
    long wantedChunks = Math.max(1, (millis + MAX_SLOW_TICK_MILLIS - 1) / MAX_SLOW_TICK_MILLIS);
    int chunks = (int) Math.max(1, Math.min(length, wantedChunks));
    long tick = Math.max(1, millis / chunks);
    response.writeHead();
    int[] sent = {0};
    int[] written = {0};
    long timer = vertx.setPeriodic(tick, id -> {
      if (response.closed() || response.ended()) {
        vertx.cancelTimer(id);
        return;
      }
      written[0]++;
      int end = written[0] >= chunks ? length : (int) ((long) length * written[0] / chunks);
      Buffer chunk = body.getBuffer(sent[0], end);
      sent[0] = end;
      if (end >= length) {
        vertx.cancelTimer(id);
        response.end(chunk);
      } else {
        response.write(chunk);
      }
    });
    response.closeHandler(v -> vertx.cancelTimer(timer));
  }

  /** HTTP 502 with nginx's HTML page; the request had no effect. */
  void badGateway(HttpServerRequest request) {
    HttpServerResponse response = request.response();
    if (response.closed() || response.ended()) {
      return;
    }
    response.setStatusCode(502).setStatusMessage("Bad Gateway")
        .putHeader(HttpHeaders.CONTENT_TYPE, "text/html").end(BAD_GATEWAY_BODY);
  }

  /** Closes the connection without an answer; the request had no effect. */
  void reset(HttpServerRequest request) {
    if (!request.response().closed()) {
      request.connection().close();
    }
  }
}

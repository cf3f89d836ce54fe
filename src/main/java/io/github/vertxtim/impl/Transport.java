package io.github.vertxtim.impl;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.util.concurrent.TimeoutException;

/**
 * One HttpClientAgent: a keep-alive pool per domain (Vert.x keys pools by host and port). Each exchange has a total
 * deadline covering the pool wait, connect, send and the whole answer; when it passes, the request is reset so its
 * connection is freed instead of being stuck in the pool (vertx-notes §2.3).
 */
final class Transport {

  private static final CharSequence APPLICATION_JSON = HttpHeaders.createOptimized("application/json");

  private final Vertx vertx;
  private final HttpClientAgent client;
  private final long deadlineMillis;

  /** A complete HTTP answer. */
  record Answer(int status, String statusMessage, Buffer body) {
  }

  /** A failure, telling whether any byte of the request may have reached the server. */
  static final class ExchangeFailure extends Exception {
    final boolean sent;
    final boolean timedOut;

    ExchangeFailure(Throwable cause, boolean sent, boolean timedOut) {
      super(cause.getMessage(), cause, false, false);
      this.sent = sent;
      this.timedOut = timedOut;
    }
  }

  Transport(Vertx vertx, HttpClientOptions base, int poolSize, int maxWaitQueueSize, int keepAliveTimeoutSeconds,
            long deadlineMillis) {
    this.vertx = vertx;
    this.deadlineMillis = deadlineMillis;
    HttpClientOptions options = new HttpClientOptions(base)
        .setProtocolVersion(HttpVersion.HTTP_1_1)
        .setKeepAlive(true)
        .setKeepAliveTimeout(keepAliveTimeoutSeconds)
        .setPipelining(false);
    PoolOptions pool = new PoolOptions().setHttp1MaxSize(poolSize).setMaxWaitQueueSize(maxWaitQueueSize);
    this.client = vertx.httpClientBuilder().with(options).with(pool).build();
  }

  /** POSTs {@code body} to {@code uri} on {@code host:port}; fails with {@link ExchangeFailure}. */
  Future<Answer> post(String host, int port, boolean ssl, String uri, Buffer body) {
    Promise<Answer> promise = Promise.promise();
    RequestOptions ro = new RequestOptions()
        .setMethod(HttpMethod.POST)
        .setHost(host)
        .setPort(port)
        .setSsl(ssl)
        .setURI(uri)
        // Backstops only: the deadline below is the real limit; these free the pool slot even if it misfired.
        .setConnectTimeout(deadlineMillis)
        .setIdleTimeout(deadlineMillis);
    Exchange exchange = new Exchange(promise);
    long timer = vertx.setTimer(deadlineMillis, id -> exchange.timeout());
    client.request(ro).onComplete(ar -> {
      if (ar.failed()) {
        exchange.fail(ar.cause(), false);
        return;
      }
      HttpClientRequest req = ar.result();
      if (!exchange.attach(req)) {
        return;
      }
      MultiMap headers = req.headers();
      headers.set(HttpHeaders.CONTENT_TYPE, APPLICATION_JSON);
      req.send(body)
          .compose(resp -> resp.body().map(b -> new Answer(resp.statusCode(), resp.statusMessage(), b)))
          .onComplete(res -> {
            if (res.succeeded()) {
              exchange.succeed(res.result());
            } else {
              exchange.fail(res.cause(), true);
            }
          });
    });
    return promise.future().onComplete(ar -> vertx.cancelTimer(timer));
  }

  Future<Void> close() {
    return client.close();
  }

  /** The state of one exchange, shared by the deadline timer and the I/O callbacks. */
  private final class Exchange {
    private final Promise<Answer> promise;
    private HttpClientRequest request;
    private boolean done;

    Exchange(Promise<Answer> promise) {
      this.promise = promise;
    }

    /** Returns false (and resets it) when the deadline already passed before a connection was free. */
    synchronized boolean attach(HttpClientRequest req) {
      if (done) {
        req.reset();
        return false;
      }
      request = req;
      return true;
    }

    void timeout() {
      HttpClientRequest toReset;
      synchronized (this) {
        if (done) {
          return;
        }
        done = true;
        toReset = request;
      }
      if (toReset != null) {
        toReset.reset();
      }
      promise.tryFail(new ExchangeFailure(new TimeoutException("no complete answer within " + deadlineMillis + " ms"),
          toReset != null, true));
    }

    void succeed(Answer answer) {
      synchronized (this) {
        if (done) {
          return;
        }
        done = true;
      }
      promise.tryComplete(answer);
    }

    void fail(Throwable cause, boolean sent) {
      synchronized (this) {
        if (done) {
          return;
        }
        done = true;
      }
      promise.tryFail(new ExchangeFailure(cause, sent, false));
    }
  }
}

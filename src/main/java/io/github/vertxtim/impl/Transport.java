package io.github.vertxtim.impl;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.tracing.TracingPolicy;
import io.netty.handler.logging.ByteBufFormat;
import io.github.vertxtim.metrics.impl.ClientMetrics;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;

/**
 * One HttpClientAgent: a keep-alive pool per domain (Vert.x keys pools by host and port). Each exchange has a total
 * deadline covering the pool wait, connect, send and the whole answer; when it passes, the request is reset so its
 * connection is freed instead of being stuck in the pool.
 *
 * <p>Deadlines are kept by one periodic sweep, not a timer per request: every exchange has the same deadline, so
 * start order is expiry order and a FIFO queue suffices. A per-request timer (plus Vert.x's own idle and pool-wait
 * timers) cost about 450 B and a priority-queue insert and cancel per call (benchmarks/README.md); the sweep fires
 * at most {@link #sweepMillis} late.
 */
final class Transport {

  private static final CharSequence APPLICATION_JSON = HttpHeaders.createOptimized("application/json");

  private final Vertx vertx;
  private final HttpClientAgent client;
  private final long deadlineMillis;
  private final long sweepMillis;
  private final ConcurrentLinkedQueue<Exchange> pending = new ConcurrentLinkedQueue<>();
  private final long sweeper;
  private final ClientMetrics metrics;

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
            long deadlineMillis, ClientMetrics metrics) {
    this.vertx = vertx;
    this.metrics = metrics;
    this.deadlineMillis = deadlineMillis;
    HttpClientOptions options = new HttpClientOptions(base)
        .setProtocolVersion(HttpVersion.HTTP_1_1)
        .setKeepAlive(true)
        .setKeepAliveTimeout(keepAliveTimeoutSeconds)
        .setPipelining(false)
        // The request URL carries the usersig: Vert.x's HTTP client span would record it (its url tag has the query)
        // and activity logging would dump the request line; the call's own span (CallSpan) replaces the first, and
        // activity logs keep events and sizes only.
        .setTracingPolicy(TracingPolicy.IGNORE)
        .setActivityLogDataFormat(ByteBufFormat.SIMPLE);
    PoolOptions pool = new PoolOptions().setHttp1MaxSize(poolSize).setMaxWaitQueueSize(maxWaitQueueSize);
    this.client = vertx.httpClientBuilder().with(options).with(pool).build();
    this.sweepMillis = Math.max(10, Math.min(100, deadlineMillis / 50));
    this.sweeper = vertx.setPeriodic(sweepMillis, id -> sweep());
  }

  /** Times out what is past its deadline and drops finished exchanges from the head of the queue. */
  private void sweep() {
    long now = System.nanoTime();
    Exchange head;
    while ((head = pending.peek()) != null && (head.finished() || now - head.deadlineNanos >= 0)) {
      pending.poll();
      head.timeout();
    }
  }

  /** POSTs {@code body} to {@code uri} on {@code host:port}; fails with {@link ExchangeFailure}. */
  Future<Answer> post(String host, int port, boolean ssl, String uri, Buffer body) {
    Promise<Answer> promise = Promise.promise();
    RequestOptions ro = new RequestOptions()
        .setMethod(HttpMethod.POST)
        .setHost(host)
        .setPort(port)
        .setSsl(ssl)
        .setURI(uri);
    Exchange exchange = new Exchange(promise, (ContextInternal) vertx.getOrCreateContext(),
        System.nanoTime() + deadlineMillis * 1_000_000);
    pending.add(exchange);
    long waitStart = metrics.clock();
    client.request(ro).onComplete(ar -> {
      metrics.connectionWait(waitStart);
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
      // plain callbacks rather than compose/map: two futures and their dispatch less per call
      req.send(body).onComplete(sent -> {
        if (sent.failed()) {
          exchange.fail(sent.cause(), true);
          return;
        }
        HttpClientResponse resp = sent.result();
        resp.body().onComplete(read -> {
          if (read.succeeded()) {
            exchange.succeed(new Answer(resp.statusCode(), resp.statusMessage(), read.result()));
          } else {
            exchange.fail(read.cause(), true);
          }
        });
      });
    });
    return promise.future();
  }

  Future<Void> close() {
    vertx.cancelTimer(sweeper);
    return client.close();
  }

  /**
   * The state of one exchange, shared by the deadline sweep and the I/O callbacks. The sweep's queue keeps a
   * finished exchange for up to {@link #sweepMillis}, so finishing drops the request and the promise (which holds
   * the answer): otherwise some 4,000 answers at 40 k calls/s outlive a young collection each sweep period.
   */
  private final class Exchange {
    private final ContextInternal context;
    final long deadlineNanos;
    private Promise<Answer> promise;
    private HttpClientRequest request;

    Exchange(Promise<Answer> promise, ContextInternal context, long deadlineNanos) {
      this.promise = promise;
      this.context = context;
      this.deadlineNanos = deadlineNanos;
    }

    synchronized boolean finished() {
      return promise == null;
    }

    /** Returns false (and resets it) when the deadline already passed before a connection was free. */
    synchronized boolean attach(HttpClientRequest req) {
      if (promise == null) {
        // the call already failed with TIMEOUT; without a handler Vert.x logs the reset's exception as SEVERE
        // ("Stream reset: 0"), once per such call: 40 lines in the first minute of a loaded soak run
        req.exceptionHandler(ignored -> { });
        req.reset();
        return false;
      }
      request = req;
      return true;
    }

    /** Ends the exchange: its promise, or null when it had already ended. */
    private synchronized Promise<Answer> finish() {
      Promise<Answer> p = promise;
      promise = null;
      request = null;
      return p;
    }

    void timeout() {
      HttpClientRequest toReset;
      Promise<Answer> p;
      synchronized (this) {
        toReset = request;
        p = finish();
      }
      if (p == null) {
        return;
      }
      if (toReset != null) {
        toReset.reset();
      }
      // fail on the caller's context: the call's state lives on that thread, not on the sweeper's
      context.execute(() -> p.tryFail(new ExchangeFailure(
          new TimeoutException("no complete answer within " + deadlineMillis + " ms"), toReset != null, true)));
    }

    void succeed(Answer answer) {
      Promise<Answer> p = finish();
      if (p != null) {
        p.tryComplete(answer);
      }
    }

    void fail(Throwable cause, boolean sent) {
      Promise<Answer> p = finish();
      if (p != null) {
        p.tryFail(new ExchangeFailure(cause, sent, false));
      }
    }
  }
}

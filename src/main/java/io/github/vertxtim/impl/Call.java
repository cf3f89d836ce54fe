package io.github.vertxtim.impl;

import io.github.vertxtim.TimAttempt;
import io.github.vertxtim.TimErrorCategory;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.internal.ResultType;
import io.github.vertxtim.registry.Endpoint;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ConnectionPoolTooBusyException;

import java.util.concurrent.TimeoutException;

/**
 * One call across its attempts: a usersig refusal renews the usersig and tries once more; a transient failure is
 * retried with backoff inside the retry budget when the endpoint is retry-safe, or when nothing was sent at all.
 * The body is encoded once, so a MsgRandom stays the same on every attempt.
 */
final class Call<T> {

  private final TimClientImpl client;
  private final Endpoint endpoint;
  private final Buffer body;
  private final ResultType<T> type;
  private final Promise<T> promise;
  /** Null unless the call is traced. */
  private final CallSpan span;
  private final long startNanos = System.nanoTime();
  private int retries;
  /** Attempts reported so far (retries, usersig renewals and backup tries all count). */
  private int attempts;
  private boolean renewedUserSig;
  private boolean onBackup;

  Call(TimClientImpl client, Endpoint endpoint, Buffer body, ResultType<T> type, Promise<T> promise, CallSpan span) {
    this.client = client;
    this.endpoint = endpoint;
    this.body = body;
    this.type = type;
    this.promise = promise;
    this.span = span;
    if (span != null) {
      promise.future().onComplete(span::end);
    }
  }

  void start() {
    client.metrics().callStarted();
    attempt();
  }

  private void attempt() {
    if (client.isClosed()) {
      fail(failure(TimErrorCode.CLIENT_CLOSED, null, null, false));
      return;
    }
    String ready = client.validUserSig();
    if (ready != null) {
      send(ready);
      return;
    }
    client.userSig().onComplete(sig -> {
      if (sig.failed()) {
        fail(sig.cause());
      } else {
        send(sig.result());
      }
    });
  }

  private void send(String userSig) {
    Target target = onBackup ? client.backup() : client.primary();
    if (span != null) {
      span.sending(onBackup);
    }
    client.metrics().attempt(endpoint);
    client.transport().post(target.host(), target.port(), target.ssl(), client.uri(endpoint, userSig), body)
        .onComplete(ar -> {
          if (ar.succeeded()) {
            if (span != null) {
              span.answered(ar.result().status());
            }
            T result;
            try {
              result = open(ar.result());
            } catch (TimException e) {
              failed(Redaction.redact(e, userSig), userSig, true, false);
              return;
            }
            succeed(result);
          } else {
            Transport.ExchangeFailure f = (Transport.ExchangeFailure) ar.cause();
            failed(classify(f), userSig, f.sent, !f.sent && !f.timedOut);
          }
        });
  }

  private void failed(TimException e, String userSig, boolean sent, boolean connectFailure) {
    client.metrics().attemptFailed(endpoint, e.errorCode());
    if (e.category() == TimErrorCategory.AUTH && e.errorCode() > 0 && !renewedUserSig) {
      renewedUserSig = true;
      client.invalidateUserSig(userSig);
      report(e, TimAttempt.Next.RENEW_USERSIG, 0);
      attempt();
      return;
    }
    if (connectFailure && client.failover() && !onBackup && client.backup() != null) {
      onBackup = true;
      report(e, TimAttempt.Next.BACKUP_DOMAIN, 0);
      attempt();
      return;
    }
    boolean mayRepeat = retrySafe() || !sent;
    if (e.category().isTransient() && mayRepeat && retries < client.options().getMaxRetries()) {
      long delay = client.backoff().delay(retries);
      long elapsedMillis = (System.nanoTime() - startNanos) / 1_000_000;
      if (elapsedMillis + delay + client.options().getTimeoutMillis() <= client.options().getRetryBudgetMillis()) {
        report(e, TimAttempt.Next.RETRY, Math.max(1, delay));
        retries++;
        client.vertx().setTimer(Math.max(1, delay), id -> attempt());
        return;
      }
    }
    report(e, TimAttempt.Next.FAIL, 0);
    fail(e);
  }

  private void succeed(T result) {
    client.metrics().callEnded(endpoint, null, startNanos);
    promise.tryComplete(result);
  }

  private void fail(Throwable cause) {
    TimErrorCategory category = cause instanceof TimException te ? te.category() : TimErrorCategory.CLIENT;
    client.metrics().callEnded(endpoint, category, startNanos);
    promise.tryFail(cause);
  }

  private void report(TimException e, TimAttempt.Next next, long delayMillis) {
    if (span != null) {
      span.attemptFailed(e, next, delayMillis);
    }
    if (next != TimAttempt.Next.FAIL) {
      client.metrics().retry(endpoint, next);
    }
    io.vertx.core.Handler<TimAttempt> handler = client.attemptHandler();
    if (handler == null) {
      return;
    }
    attempts++;
    try {
      handler.handle(new TimAttempt(endpoint.service(), endpoint.command(), attempts,
          (System.nanoTime() - startNanos) / 1_000_000, e, next, delayMillis));
    } catch (RuntimeException ignored) {
      // an observer's bug must not change the call's outcome
    }
  }

  /** The OK answer as the caller's type, decoded once from the bytes; a TimException otherwise. */
  private T open(Transport.Answer answer) {
    if (answer.status() != 200) {
      throw failure(TimErrorCode.HTTP_STATUS_ERROR, "HTTP " + answer.status() + " " + answer.statusMessage(), null,
          TimErrorCode.HTTP_STATUS_ERROR.category().isTransient() && retrySafe());
    }
    return type.read(answer.body(), endpoint, retrySafe());
  }

  private boolean retrySafe() {
    return endpoint.retrySafety().allowsRetry();
  }

  private TimException classify(Transport.ExchangeFailure f) {
    Throwable cause = f.getCause();
    boolean repeatable = retrySafe() || !f.sent;
    if (client.isClosed()) {
      return failure(TimErrorCode.CLIENT_CLOSED, null, cause, false);
    }
    if (f.timedOut || cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
      return failure(TimErrorCode.TIMEOUT, "no complete answer within " + client.options().getTimeoutMillis()
          + " ms (attempt " + (retries + 1) + ")", cause, repeatable);
    }
    if (cause instanceof ConnectionPoolTooBusyException) {
      return failure(TimErrorCode.POOL_BUSY, "all " + client.options().getPoolSize() + " connections busy and "
          + client.options().getMaxWaitQueueSize() + " requests already waiting for one", cause, false);
    }
    return failure(TimErrorCode.NETWORK_ERROR, (f.sent ? "connection failed after sending: " : "connection failed: ")
        + cause.getClass().getSimpleName() + ": " + Redaction.redact(cause.getMessage()), cause, repeatable);
  }

  private TimException failure(TimErrorCode code, String detail, Throwable cause, boolean retryable) {
    return new TimException(code, detail, endpoint.service(), endpoint.command(), retryable,
        Redaction.redact(cause));
  }
}

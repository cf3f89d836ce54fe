package io.github.vertxtim.impl;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.metrics.impl.ClientMetrics;
import io.github.vertxtim.sig.DecodedUserSig;
import io.github.vertxtim.sig.UserSigs;
import io.vertx.core.Future;
import io.vertx.core.Promise;

import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The admin usersig, made once and reused. Once {@code renewAfter} of its validity has passed it is renewed in the
 * background while calls keep using the still-valid one; calls wait only when there is no valid usersig at all.
 * One renewal at a time (single flight), whatever the number of callers.
 */
final class UserSigCache {

  /** Renew this long before the end of validity at the latest, so clock skew never makes us send an expired sig. */
  private static final long SAFETY_MARGIN_SECONDS = 60;

  private final Supplier<Future<String>> source;
  private final String identifier;
  private final long sdkAppId;
  private final double renewAfter;
  private final LongSupplier nowSeconds;
  private final ClientMetrics metrics;

  private volatile Entry current;
  private Future<Entry> renewal;

  private record Entry(String userSig, long renewAt, long expiresAt) {
  }

  UserSigCache(Supplier<Future<String>> source, String identifier, long sdkAppId, double renewAfter,
               LongSupplier nowSeconds, ClientMetrics metrics) {
    this.source = Objects.requireNonNull(source);
    this.identifier = identifier;
    this.sdkAppId = sdkAppId;
    this.renewAfter = renewAfter;
    this.nowSeconds = nowSeconds;
    this.metrics = metrics;
  }

  /**
   * The cached usersig when it is valid now (starting a background renewal when one is due), else {@code null}:
   * the per-call path, which needs no Future when the usersig is at hand.
   */
  String valid() {
    Entry e = current;
    long now = nowSeconds.getAsLong();
    if (e == null || now >= e.expiresAt) {
      return null;
    }
    if (now >= e.renewAt) {
      renew();
    }
    return e.userSig;
  }

  /** A usersig that is valid now. */
  Future<String> get() {
    Entry e = current;
    long now = nowSeconds.getAsLong();
    if (e != null && now < e.expiresAt) {
      if (now >= e.renewAt) {
        renew();
      }
      return Future.succeededFuture(e.userSig);
    }
    return renew().map(Entry::userSig);
  }

  /** The service refused {@code userSig}: drop it (unless a newer one already replaced it). */
  void invalidate(String userSig) {
    synchronized (this) {
      Entry e = current;
      if (e != null && e.userSig.equals(userSig)) {
        current = null;
      }
    }
  }

  private synchronized Future<Entry> renew() {
    if (renewal != null) {
      return renewal;
    }
    Promise<Entry> promise = Promise.promise();
    renewal = promise.future();
    Future<String> fetched;
    try {
      fetched = Objects.requireNonNull(source.get(), "usersig supplier returned null");
    } catch (RuntimeException ex) {
      fetched = Future.failedFuture(ex);
    }
    fetched.map(this::entryOf).onComplete(ar -> {
      metrics.userSigRenewal(ar.succeeded());
      synchronized (this) {
        renewal = null;
        if (ar.succeeded()) {
          current = ar.result();
        }
      }
      if (ar.succeeded()) {
        promise.complete(ar.result());
      } else {
        promise.fail(unavailable(ar.cause()));
      }
    });
    return promise.future();
  }

  private Entry entryOf(String userSig) {
    DecodedUserSig d;
    try {
      d = UserSigs.decode(userSig);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the usersig supplier returned something that is not a usersig");
    }
    if (!identifier.equals(d.identifier()) || d.sdkAppId() != sdkAppId) {
      throw new IllegalStateException("the usersig supplier returned a usersig for identifier '" + d.identifier()
          + "' and sdkappid " + d.sdkAppId() + ", expected '" + identifier + "' and " + sdkAppId);
    }
    long renewAt = d.time() + (long) (d.expire() * renewAfter);
    long expiresAt = Math.max(d.time(), d.validUntil() - Math.min(SAFETY_MARGIN_SECONDS, d.expire() / 10));
    if (expiresAt <= nowSeconds.getAsLong()) {
      throw new IllegalStateException("the usersig supplier returned a usersig that has expired (valid until "
          + d.validUntil() + ", now " + nowSeconds.getAsLong() + ")");
    }
    return new Entry(userSig, Math.min(renewAt, expiresAt), expiresAt);
  }

  private static TimException unavailable(Throwable cause) {
    if (cause instanceof TimException te) {
      return te;
    }
    return new TimException(TimErrorCode.USERSIG_UNAVAILABLE,
        "no usersig: " + Redaction.redact(cause.getMessage()), null, null, false, Redaction.redact(cause));
  }
}

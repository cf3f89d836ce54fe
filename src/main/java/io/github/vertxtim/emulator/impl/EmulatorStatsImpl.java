package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.emulator.EmulatorStats;
import io.github.vertxtim.emulator.impl.callback.CallbackCounters;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Lock-free counters, written from the server's event loops and read from any thread. {@link #reset()} zeroes
 * every counter; {@link #connectionsOpen()} is a gauge of the present (connections open now), not a counter, and
 * keeps its value.
 */
final class EmulatorStatsImpl implements EmulatorStats {

  private final LongAdder connectionsOpened = new LongAdder();
  private final AtomicInteger connectionsOpen = new AtomicInteger();
  private final LongAdder requests = new LongAdder();
  private final LongAdder rateLimited = new LongAdder();
  private final ConcurrentHashMap<String, LongAdder> requestsByPath = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Integer, LongAdder> answersByCode = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, LongAdder> answersByPathAndCode = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, LongAdder> faults = new ConcurrentHashMap<>();
  private final CallbackCounters callbacks = new CallbackCounters();
  private volatile String lastHost;

  // ---- recording (emulator side) ----

  void connectionOpened() {
    connectionsOpened.increment();
    connectionsOpen.incrementAndGet();
  }

  void connectionClosed() {
    connectionsOpen.decrementAndGet();
  }

  /** A request arrived; {@code path} is the canonical registry path, or null when the path is not an endpoint. */
  void request(String path, String host) {
    requests.increment();
    if (path != null) {
      adder(requestsByPath, path).increment();
    }
    if (host != null) {
      lastHost = host;
    }
  }

  /** An envelope answer with this ErrorCode went out; {@code path} as in {@link #request}. */
  void answer(String path, int errorCode) {
    adder(answersByCode, errorCode).increment();
    if (path != null) {
      adder(answersByPathAndCode, key(path, errorCode)).increment();
    }
  }

  void rateLimitedOnce() {
    rateLimited.increment();
  }

  void fault(String kind) {
    adder(faults, kind).increment();
  }

  // ---- reading (public API) ----

  @Override
  public long connectionsOpened() {
    return connectionsOpened.sum();
  }

  @Override
  public int connectionsOpen() {
    return connectionsOpen.get();
  }

  @Override
  public long requests() {
    return requests.sum();
  }

  @Override
  public long requests(String path) {
    return sum(requestsByPath.get(path));
  }

  @Override
  public long answers(int errorCode) {
    return sum(answersByCode.get(errorCode));
  }

  @Override
  public long answers(String path, int errorCode) {
    return sum(answersByPathAndCode.get(key(path, errorCode)));
  }

  @Override
  public long callbacksSent() {
    return callbacks.sent();
  }

  @Override
  public long callbacksDropped() {
    return callbacks.dropped();
  }

  @Override
  public long callbacksFailed() {
    return callbacks.failed();
  }

  /** The counters the callback sender writes. */
  CallbackCounters callbacks() {
    return callbacks;
  }

  @Override
  public long rateLimited() {
    return rateLimited.sum();
  }

  @Override
  public long faults(String kind) {
    return sum(faults.get(kind));
  }

  @Override
  public String lastHost() {
    return lastHost;
  }

  @Override
  public void reset() {
    connectionsOpened.reset();
    requests.reset();
    rateLimited.reset();
    callbacks.reset();
    requestsByPath.values().forEach(LongAdder::reset);
    answersByCode.values().forEach(LongAdder::reset);
    answersByPathAndCode.values().forEach(LongAdder::reset);
    faults.values().forEach(LongAdder::reset);
    lastHost = null;
  }

  @Override
  public String toString() {
    return "EmulatorStats[requests=" + requests() + ", connectionsOpened=" + connectionsOpened()
        + ", connectionsOpen=" + connectionsOpen() + ", rateLimited=" + rateLimited() + "]";
  }

  private static String key(String path, int code) {
    return path + '#' + code;
  }

  private static <K> LongAdder adder(ConcurrentHashMap<K, LongAdder> map, K key) {
    LongAdder a = map.get(key);
    return a != null ? a : map.computeIfAbsent(key, k -> new LongAdder());
  }

  private static long sum(LongAdder a) {
    return a == null ? 0 : a.sum();
  }
}

package io.github.vertxtim.benchmarks;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * A closed-loop load driver: keeps exactly {@code concurrency} calls of one {@link Contender} in flight for the
 * whole trial. Each completion records the call's round trip (from the moment the call was issued, so time spent
 * queued for a pooled connection or an executor thread counts) and issues the next call from the completing thread,
 * so no extra thread hop is added for any contender.
 *
 * <p>The JMH benchmark thread is off the critical path: it only waits until another batch of calls has completed
 * ({@link #awaitCompletions}), woken once per batch.
 */
public final class Pump {

  private static final VarHandle WAKE_AT;

  static {
    try {
      WAKE_AT = MethodHandles.lookup().findVarHandle(Pump.class, "wakeAt", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Contender contender;
  private final int concurrency;
  /** Highest latency kept apart (larger ones are recorded as this); a fixed range, so recording never resizes. */
  private static final long MAX_LATENCY_NANOS = TimeUnit.SECONDS.toNanos(60);

  private final Recorder latencies = new Recorder(MAX_LATENCY_NANOS, 3);
  /** Swapped with the recorder's active histogram, so taking an interval allocates nothing. */
  private Histogram spare;
  private final AtomicLong completed = new AtomicLong();
  private final LongAdder errors = new LongAdder();
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean running;
  private volatile long wakeAt = Long.MAX_VALUE;
  private volatile Thread waiter;
  private volatile Throwable lastError;
  /** How many completions the benchmark thread has consumed (benchmark thread only). */
  private long cursor;

  Pump(Contender contender, int concurrency) {
    this.contender = contender;
    this.concurrency = concurrency;
  }

  /**
   * Starts the calls and waits until {@code warmCalls} have completed; fails if any failed. A stopped pump can be
   * started again ({@link PairedOverheadBenchmark} takes turns that way).
   */
  void start(int warmCalls) {
    running = true;
    inFlight.set(concurrency);
    contender.launch(() -> {
      for (int i = 0; i < concurrency; i++) {
        issue();
      }
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (completed.get() < warmCalls) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(contender + ": only " + completed.get() + " calls completed in 30 s", lastError);
      }
      LockSupport.parkNanos(1_000_000);
    }
    if (errors.sum() > 0) {
      throw new IllegalStateException(contender + ": " + errors.sum() + " of the first calls failed", lastError);
    }
    cursor = completed.get();
  }

  private void issue() {
    long t0 = System.nanoTime();
    try {
      contender.send(t0, this);
    } catch (Throwable e) {
      done(t0, e);
    }
  }

  /** Called by the contender exactly once per call, on whatever thread completed it. */
  void done(long t0, Throwable failure) {
    latencies.recordValue(Math.min(System.nanoTime() - t0, MAX_LATENCY_NANOS));
    if (failure != null) {
      errors.increment();
      lastError = failure;
    }
    long c = completed.incrementAndGet();
    long w = wakeAt;
    if (c >= w && WAKE_AT.compareAndSet(this, w, Long.MAX_VALUE)) {
      LockSupport.unpark(waiter);
    }
    if (running) {
      if (failure != null) {
        // a failing target would otherwise spin (or recurse, when a call fails synchronously): slow down
        LockSupport.parkNanos(1_000_000);
      }
      issue();
    } else {
      inFlight.decrementAndGet();
    }
  }

  /** Forgets completions that happened while JMH was not measuring (call at the start of each iteration). */
  void resync() {
    cursor = completed.get();
  }

  /** Blocks the benchmark thread until {@code batch} more calls have completed. */
  long awaitCompletions(int batch) {
    long target = cursor + batch;
    cursor = target;
    if (completed.get() >= target) {
      return target;
    }
    waiter = Thread.currentThread();
    while (true) {
      wakeAt = target;
      if (completed.get() >= target) {
        wakeAt = Long.MAX_VALUE;
        return target;
      }
      LockSupport.parkNanos(this, 10_000_000);
      if (completed.get() >= target) {
        return target;
      }
      if (!running) {
        throw new IllegalStateException("pump stopped");
      }
    }
  }

  /**
   * Latencies recorded since the previous call, in nanoseconds. The result is valid until the next call (its
   * histogram is then recycled); one caller at a time.
   */
  synchronized Histogram intervalLatencies() {
    Histogram h = latencies.getIntervalHistogram(spare);
    spare = h;
    return h;
  }

  long errors() {
    return errors.sum();
  }

  /** Calls completed since the pump was made. */
  long completed() {
    return completed.get();
  }

  Throwable lastError() {
    return lastError;
  }

  /** Stops issuing and waits (up to 15 s) for the calls in flight. */
  void stop() {
    running = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      LockSupport.parkNanos(1_000_000);
    }
  }
}

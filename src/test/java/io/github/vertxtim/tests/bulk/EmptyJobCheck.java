package io.github.vertxtim.tests.bulk;

import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkProgress;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.bulk.BulkSources;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** A job over an empty source, over any carrier: a zero summary with a true elapsed time, and nothing left running. */
public final class EmptyJobCheck {

  /** Short, so that a timer left running would fire many times while the check waits. */
  public static final long PROGRESS_INTERVAL_MILLIS = 20;
  private static final int INTERVALS_WATCHED = 15;

  private EmptyJobCheck() {
  }

  public static BulkOptions options() {
    return new BulkOptions().setProgressIntervalMillis(PROGRESS_INTERVAL_MILLIS);
  }

  /** The lines of an empty file, as a CLI import reads them. */
  public static ReadStream<JsonObject> emptyFile(Vertx vertx) throws IOException {
    Path file = Files.createTempFile("empty", ".jsonl");
    file.toFile().deleteOnExit();
    return BulkSources.jsonLines(vertx.fileSystem().open(file.toString(), new OpenOptions().setRead(true)).await());
  }

  public static <T> ReadStream<T> emptyIterator(Context ctx) {
    return BulkSources.iterate(ctx, Collections.<T>emptyIterator());
  }

  /**
   * Starts a job with {@code start} on a fresh context (its source made there too) and checks that it ends with no
   * items, an elapsed time within the test's own, and its outcome stream ended; then watches
   * {@value #INTERVALS_WATCHED} progress intervals for a progress report after the summary.
   */
  public static <T> void assertEndsClean(Vertx vertx, BiFunction<Context, BulkOptions, BulkJob<T>> start) {
    Context ctx = vertx.getOrCreateContext();
    List<BulkProgress> progress = new CopyOnWriteArrayList<>();
    AtomicLong outcomes = new AtomicLong();
    Promise<Void> outcomesEnded = Promise.promise();
    Promise<BulkJob<T>> started = Promise.promise();
    long before = System.currentTimeMillis();
    ctx.runOnContext(v -> {
      BulkJob<T> job = start.apply(ctx, options());
      job.progressHandler(progress::add);
      job.outcomes().handler(o -> outcomes.incrementAndGet());
      job.outcomes().endHandler(e -> outcomesEnded.complete());
      started.complete(job);
    });
    BulkJob<T> job = started.future().await();
    BulkSummary summary = job.summary().await();
    long wall = System.currentTimeMillis() - before;
    int reportsAtSummary = progress.size();

    assertThat(summary.items()).isZero();
    assertThat(summary.ok() + summary.failed() + summary.cancelled()).isZero();
    assertThat(summary.calls()).isZero();
    assertThat(summary.sourceError()).isNull();
    assertThat(summary.elapsedMillis()).isBetween(0L, wall);
    outcomesEnded.future().await();
    assertThat(outcomes.get()).isZero();
    assertThat(job.progress().done()).isZero();
    assertThat(job.progress().elapsedMillis()).isBetween(0L, wall);

    // A progress timer left running would report every interval: watch that many ticks of our own timer.
    AtomicInteger ticks = new AtomicInteger();
    Promise<Void> watched = Promise.promise();
    vertx.setPeriodic(PROGRESS_INTERVAL_MILLIS, id -> {
      if (ticks.incrementAndGet() >= INTERVALS_WATCHED) {
        vertx.cancelTimer(id);
        watched.complete();
      }
    });
    watched.future().await();
    assertThat(progress).hasSize(reportsAtSummary);
  }
}

package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.TimApi;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkProgress;
import io.github.vertxtim.bulk.BulkSources;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job whose source is empty, over HTTP (TimClient) and over the bus (TimEventBusClient and the admin verticle):
 * a zero summary with a true elapsed time, its outcome stream ended, and no progress timer left running.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class EmptySourceJobTest {

  private static final String SVC = "im_open_login_svc";
  private static final String IMPORT = "multiaccount_import";
  /** Short, so that a timer left running would report many times while the test watches. */
  private static final long PROGRESS_INTERVAL_MILLIS = 20;
  private static final int INTERVALS_WATCHED = 15;

  enum Carrier { HTTP, BUS }

  enum Source { LIST, ITERATOR, FILE }

  private BusFixture fixture;
  private Supplier<Future<Void>> closeApi = Future::succeededFuture;

  static Stream<Arguments> cases() {
    return Stream.of(Carrier.values()).flatMap(c -> Stream.of(Source.values()).map(s -> Arguments.of(c, s)));
  }

  @BeforeEach
  void start(Vertx vertx) {
    fixture = BusFixture.start(vertx);
  }

  @AfterEach
  void stop() {
    closeApi.get().await();
    fixture.close();
  }

  private TimApi api(Vertx vertx, Carrier carrier) {
    if (carrier == Carrier.HTTP) {
      TimClient client = fixture.client(vertx);
      closeApi = client::close;
      return client;
    }
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());
    closeApi = bus::close;
    return bus;
  }

  /** An empty file read as a CLI import reads it: opened here, so its events come from another context. */
  private static ReadStream<JsonObject> emptyFile(Vertx vertx) throws Exception {
    Path file = Files.createTempFile("empty", ".jsonl");
    file.toFile().deleteOnExit();
    return BulkSources.jsonLines(vertx.fileSystem().open(file.toString(), new OpenOptions().setRead(true)).await());
  }

  private static BulkJob<JsonObject> job(TimApi api, Source source, Context ctx, ReadStream<JsonObject> file) {
    BulkOptions options = new BulkOptions().setProgressIntervalMillis(PROGRESS_INTERVAL_MILLIS);
    return switch (source) {
      case LIST -> api.bulk(SVC, IMPORT, List.<JsonObject>of(), options);
      case ITERATOR -> api.bulk(SVC, IMPORT, BulkSources.iterate(ctx, Collections.<JsonObject>emptyIterator()), options);
      case FILE -> api.bulk(SVC, IMPORT, file, options);
    };
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void endsAtOnceWithATrueElapsedTimeAndNothingLeftRunning(Carrier carrier, Source source, Vertx vertx)
      throws Exception {
    TimApi api = api(vertx, carrier);
    ReadStream<JsonObject> file = source == Source.FILE ? emptyFile(vertx) : null;
    Context ctx = vertx.getOrCreateContext();
    List<BulkProgress> progress = new CopyOnWriteArrayList<>();
    AtomicLong outcomes = new AtomicLong();
    Promise<Void> outcomesEnded = Promise.promise();
    Promise<BulkJob<JsonObject>> started = Promise.promise();
    long before = System.currentTimeMillis();
    ctx.runOnContext(v -> {
      BulkJob<JsonObject> job = job(api, source, ctx, file);
      job.progressHandler(progress::add);
      job.outcomes().handler(o -> outcomes.incrementAndGet());
      job.outcomes().endHandler(e -> outcomesEnded.complete());
      started.complete(job);
    });
    BulkJob<JsonObject> job = started.future().await();
    BulkSummary summary = job.summary().await();
    long wall = System.currentTimeMillis() - before;
    int reportsAtSummary = progress.size();

    assertThat(summary.items()).isZero();
    assertThat(summary.ok() + summary.failed() + summary.cancelled()).isZero();
    assertThat(summary.calls()).isZero();
    assertThat(summary.sourceError()).isNull();
    // the bug: elapsed taken before the start time was set, about 1.8e12 ms
    assertThat(summary.elapsedMillis()).isBetween(0L, wall);
    outcomesEnded.future().await();
    assertThat(outcomes.get()).isZero();
    assertThat(job.progress().done()).isZero();
    assertThat(job.progress().elapsedMillis()).isBetween(0L, wall);
    assertThat(fixture.emulator.stats().requests(SVC + "/" + IMPORT)).isZero();

    // A progress timer left running would report every interval: watch that many ticks of a timer of our own.
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

package io.github.vertxtim.tests.internal;

import io.github.vertxtim.internal.BoundedQueueStream;
import io.github.vertxtim.internal.BoundedQueueStream.WithoutHandler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bounded ReadStream: demand, pause and resume, end and failure after the queue, the producer's full and drain. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class BoundedQueueStreamTest {

  /** A stream with a recording consumer, everything on one context. */
  private static final class Probe {
    final BoundedQueueStream<Integer> stream;
    final List<Object> events = new ArrayList<>();
    int drains;

    Probe(ContextInternal ctx, int capacity, WithoutHandler withoutHandler, boolean paused) {
      stream = new BoundedQueueStream<>(ctx, capacity, withoutHandler);
      stream.drainHandler(v -> drains++);
      if (paused) {
        stream.pause();
      }
      stream.handler(events::add);
      stream.endHandler(v -> events.add("end"));
      stream.exceptionHandler(t -> events.add(t));
    }

    void write(int... items) {
      for (int item : items) {
        stream.write(item);
      }
    }
  }

  /** Runs {@code body} on a fresh event-loop context, the stream's, and waits for it. */
  private static void onContext(Vertx vertx, Consumer<ContextInternal> body) {
    ContextInternal ctx = (ContextInternal) vertx.getOrCreateContext();
    Promise<Void> done = Promise.promise();
    ctx.runOnContext(v -> {
      try {
        body.accept(ctx);
        done.complete();
      } catch (Throwable t) {
        done.fail(t);
      }
    });
    done.future().await();
  }

  @Test
  void itemsGoOutOnlyOnDemand(Vertx vertx) {
    onContext(vertx, ctx -> {
      Probe p = new Probe(ctx, 10, WithoutHandler.KEEP, true);
      p.write(1, 2, 3, 4, 5);
      assertThat(p.events).isEmpty();
      p.stream.fetch(2);
      assertThat(p.events).containsExactly(1, 2);
      p.stream.fetch(10);
      assertThat(p.events).containsExactly(1, 2, 3, 4, 5);
      // 7 of the 12 asked for are still owed: the next write goes straight out
      p.write(6);
      assertThat(p.events).containsExactly(1, 2, 3, 4, 5, 6);
      assertThatThrownBy(() -> p.stream.fetch(-1)).isInstanceOf(IllegalArgumentException.class);
    });
  }

  @Test
  void pauseHoldsItemsAndResumeDeliversThemInOrder(Vertx vertx) {
    onContext(vertx, ctx -> {
      Probe p = new Probe(ctx, 10, WithoutHandler.KEEP, false);
      p.write(1);
      assertThat(p.events).containsExactly(1);
      p.stream.pause();
      p.write(2, 3, 4);
      assertThat(p.events).containsExactly(1);
      p.stream.resume();
      assertThat(p.events).containsExactly(1, 2, 3, 4);
    });
  }

  @Test
  void aHandlerThatFetchesOneAtATimeGetsEverything(Vertx vertx) {
    onContext(vertx, ctx -> {
      BoundedQueueStream<Integer> stream = new BoundedQueueStream<>(ctx, 10, WithoutHandler.KEEP);
      List<Integer> got = new ArrayList<>();
      stream.pause();
      stream.handler(i -> {
        got.add(i);
        stream.fetch(1);
      });
      for (int i = 0; i < 5; i++) {
        stream.write(i);
      }
      assertThat(got).isEmpty();
      stream.fetch(1);
      assertThat(got).containsExactly(0, 1, 2, 3, 4);
    });
  }

  @Test
  void theEndComesAfterTheQueuedItemsAndOnce(Vertx vertx) {
    onContext(vertx, ctx -> {
      Probe p = new Probe(ctx, 10, WithoutHandler.KEEP, true);
      p.write(1, 2);
      p.stream.end();
      assertThat(p.events).isEmpty();
      assertThat(p.stream.writeEnded()).isTrue();
      p.stream.fetch(1);
      assertThat(p.events).containsExactly(1);
      p.stream.fetch(1);
      assertThat(p.events).containsExactly(1, 2, "end");
      p.stream.end();
      p.stream.resume();
      assertThat(p.events).containsExactly(1, 2, "end");
      assertThatThrownBy(() -> p.stream.write(3)).isInstanceOf(IllegalStateException.class);
    });
  }

  @Test
  void aPausedStreamWithNothingQueuedEndsWithoutDemand(Vertx vertx) {
    onContext(vertx, ctx -> {
      Probe p = new Probe(ctx, 10, WithoutHandler.KEEP, true);
      p.stream.end();
      assertThat(p.events).containsExactly("end");
    });
  }

  @Test
  void aFailureComesAfterTheQueuedItemsInsteadOfTheEnd(Vertx vertx) {
    onContext(vertx, ctx -> {
      Probe p = new Probe(ctx, 10, WithoutHandler.KEEP, true);
      IllegalStateException boom = new IllegalStateException("boom");
      p.write(1);
      p.stream.fail(boom);
      assertThat(p.events).isEmpty();
      p.stream.resume();
      assertThat(p.events).containsExactly(1, boom);
      p.stream.end();
      assertThat(p.events).containsExactly(1, boom);
    });
  }

  @Test
  void aFullQueueSaysSoAndTheDrainHandlerIsCalledWhenAConsumerFreesRoom(Vertx vertx) {
    onContext(vertx, ctx -> {
      Probe p = new Probe(ctx, 3, WithoutHandler.KEEP, true);
      assertThat(p.stream.capacity()).isEqualTo(3);
      p.write(1, 2);
      assertThat(p.stream.writeQueueFull()).isFalse();
      assertThat(p.stream.room()).isEqualTo(1);
      p.write(3);
      assertThat(p.stream.writeQueueFull()).isTrue();
      assertThat(p.stream.room()).isZero();
      // a producer with a chunk in flight may write past the capacity; the queue stays full
      p.write(4);
      assertThat(p.stream.writeQueueFull()).isTrue();
      int before = p.drains;
      p.stream.fetch(1);
      assertThat(p.stream.writeQueueFull()).isTrue();
      assertThat(p.drains).isEqualTo(before);
      p.stream.fetch(2);
      assertThat(p.stream.room()).isEqualTo(2);
      assertThat(p.drains).isEqualTo(before + 1);
      assertThat(p.events).containsExactly(1, 2, 3);
    });
  }

  @Test
  void theDrainHandlerIsNeverCalledFromInsideWrite(Vertx vertx) {
    onContext(vertx, ctx -> {
      BoundedQueueStream<Integer> stream = new BoundedQueueStream<>(ctx, 2, WithoutHandler.KEEP);
      AtomicInteger drains = new AtomicInteger();
      boolean[] writing = new boolean[1];
      stream.drainHandler(v -> {
        assertThat(writing[0]).isFalse();
        drains.incrementAndGet();
      });
      stream.pause();
      stream.handler(i -> stream.fetch(1));
      stream.fetch(1);
      // handler() and fetch() outside a write: each told the producer there is room
      assertThat(drains.get()).isEqualTo(2);
      for (int i = 0; i < 5; i++) {
        writing[0] = true;
        stream.write(i);
        writing[0] = false;
      }
      // the handler's fetch(1) inside each write told nothing
      assertThat(drains.get()).isEqualTo(2);
      assertThat(stream.writeQueueFull()).isFalse();
    });
  }

  @Test
  void withoutAHandlerItemsAreDroppedOrKeptAsAsked(Vertx vertx) {
    onContext(vertx, ctx -> {
      BoundedQueueStream<Integer> dropping = new BoundedQueueStream<>(ctx, 2, WithoutHandler.DROP);
      List<Object> got = new ArrayList<>();
      dropping.endHandler(v -> got.add("end"));
      dropping.write(1);
      dropping.write(2);
      dropping.write(3);
      assertThat(dropping.writeQueueFull()).isFalse();
      assertThat(dropping.room()).isEqualTo(2);
      dropping.handler(got::add);
      dropping.write(4);
      dropping.end();
      assertThat(got).containsExactly(4, "end");

      BoundedQueueStream<Integer> keeping = new BoundedQueueStream<>(ctx, 2, WithoutHandler.KEEP);
      List<Object> kept = new ArrayList<>();
      keeping.endHandler(v -> kept.add("end"));
      keeping.write(1);
      keeping.write(2);
      keeping.end();
      assertThat(keeping.writeQueueFull()).isTrue();
      assertThat(kept).isEmpty();
      keeping.handler(kept::add);
      assertThat(kept).containsExactly(1, 2, "end");
    });
  }

  @Test
  void consumerCallsFromAnotherThreadRunOnTheStreamsContext(Vertx vertx) {
    ContextInternal ctx = (ContextInternal) vertx.getOrCreateContext();
    List<Object> got = new CopyOnWriteArrayList<>();
    List<Thread> threads = new CopyOnWriteArrayList<>();
    Thread[] contextThread = new Thread[1];
    Promise<BoundedQueueStream<Integer>> made = Promise.promise();
    ctx.runOnContext(v -> {
      contextThread[0] = Thread.currentThread();
      BoundedQueueStream<Integer> stream = new BoundedQueueStream<>(ctx, 10, WithoutHandler.KEEP);
      stream.pause();
      stream.write(1);
      stream.write(2);
      stream.end();
      made.complete(stream);
    });
    BoundedQueueStream<Integer> stream = made.future().await();
    Promise<Void> ended = Promise.promise();
    // from the test thread
    stream.handler(i -> {
      threads.add(Thread.currentThread());
      got.add(i);
    });
    stream.endHandler(v -> ended.complete());
    stream.fetch(5);
    ended.future().await();
    assertThat(got).containsExactly(1, 2);
    assertThat(threads).containsOnly(contextThread[0]);
  }
}

package io.github.vertxtim.internal;

import io.vertx.core.Handler;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.streams.ReadStream;

import java.util.ArrayDeque;

/**
 * A ReadStream over a queue, on one context. The producer {@link #write}s items, asks {@link #writeQueueFull()} before
 * producing more, and is called back by its {@link #drainHandler} when a consumer action (handler, resume, fetch)
 * leaves room: so a paused consumer holds the producer back. Writing past the capacity is allowed (a producer may
 * have a chunk in flight when the queue fills); the producer's own protocol bounds by how much.
 *
 * <p>Items go to the handler only on demand ({@code fetch(n)}, {@code resume()}). {@link #end()} and
 * {@link #fail(Throwable)} take effect after the queued items: the end handler, or the exception handler for a
 * failure (not both), is called once the queue is empty; that takes no demand, so a paused stream with nothing
 * queued still ends. The drain handler is never called from inside {@link #write}: the producer is running then and
 * looks at {@link #writeQueueFull()} itself after writing.
 *
 * <p>Producer methods run on the stream's context; consumer methods may be called from anywhere and run there.
 */
public final class BoundedQueueStream<T> implements ReadStream<T> {

  /** What {@link #write} does while no handler is set. */
  public enum WithoutHandler {
    /** Queue the item for the handler to come. */
    KEEP,
    /** Drop the item (nobody reads it: the producer only counts), and clear the queue when the handler is unset. */
    DROP
  }

  private final ContextInternal ctx;
  private final int capacity;
  private final WithoutHandler withoutHandler;
  private final ArrayDeque<T> queue = new ArrayDeque<>();
  private Handler<T> handler;
  private Handler<Void> endHandler;
  private Handler<Throwable> exceptionHandler;
  private Handler<Void> drainHandler;
  private long demand = Long.MAX_VALUE;
  private boolean writeEnded;
  private Throwable failure;
  private boolean ended;
  private boolean delivering;
  private boolean writing;

  public BoundedQueueStream(ContextInternal ctx, int capacity, WithoutHandler withoutHandler) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
    }
    this.ctx = ctx;
    this.capacity = capacity;
    this.withoutHandler = withoutHandler;
  }

  public int capacity() {
    return capacity;
  }

  /** How many more items fit now (all of them while items without a handler are dropped). */
  public int room() {
    return dropping() ? capacity : Math.max(0, capacity - queue.size());
  }

  public boolean writeQueueFull() {
    return room() == 0;
  }

  /** Whether {@link #end()} or {@link #fail(Throwable)} was called. */
  public boolean writeEnded() {
    return writeEnded;
  }

  /** Called when a consumer action leaves room in the queue. */
  public BoundedQueueStream<T> drainHandler(Handler<Void> handler) {
    drainHandler = handler;
    return this;
  }

  public void write(T item) {
    if (writeEnded) {
      throw new IllegalStateException("write after the end of the stream");
    }
    if (dropping()) {
      return;
    }
    queue.add(item);
    boolean outer = !writing;
    writing = true;
    try {
      deliver();
    } finally {
      if (outer) {
        writing = false;
      }
    }
  }

  /** No more items: the end handler is called after the queued ones. */
  public void end() {
    if (!writeEnded) {
      writeEnded = true;
      deliver();
    }
  }

  /** No more items, because of {@code cause}: the exception handler is called after the queued ones. */
  public void fail(Throwable cause) {
    if (!writeEnded) {
      writeEnded = true;
      failure = cause;
      deliver();
    }
  }

  private boolean dropping() {
    return handler == null && withoutHandler == WithoutHandler.DROP;
  }

  private void deliver() {
    if (delivering) {
      // a handler called back into the stream: the loop below goes on with the demand it now has
      return;
    }
    delivering = true;
    try {
      while (demand > 0 && handler != null && !queue.isEmpty()) {
        if (demand != Long.MAX_VALUE) {
          demand--;
        }
        handler.handle(queue.poll());
      }
    } finally {
      delivering = false;
    }
    if (writeEnded && !ended && queue.isEmpty()) {
      ended = true;
      if (failure != null) {
        if (exceptionHandler != null) {
          exceptionHandler.handle(failure);
        }
      } else if (endHandler != null) {
        endHandler.handle(null);
      }
    }
  }

  /** A consumer action: deliver what it allows, then tell the producer if there is room. */
  private void consumed() {
    deliver();
    if (!delivering && !writing && drainHandler != null && !writeQueueFull()) {
      drainHandler.handle(null);
    }
  }

  @Override
  public BoundedQueueStream<T> exceptionHandler(Handler<Throwable> handler) {
    ctx.execute(() -> exceptionHandler = handler);
    return this;
  }

  @Override
  public BoundedQueueStream<T> handler(Handler<T> handler) {
    ctx.execute(() -> {
      this.handler = handler;
      if (handler == null && withoutHandler == WithoutHandler.DROP) {
        queue.clear();
      }
      consumed();
    });
    return this;
  }

  @Override
  public BoundedQueueStream<T> pause() {
    ctx.execute(() -> demand = 0);
    return this;
  }

  @Override
  public BoundedQueueStream<T> resume() {
    ctx.execute(() -> {
      demand = Long.MAX_VALUE;
      consumed();
    });
    return this;
  }

  @Override
  public BoundedQueueStream<T> fetch(long amount) {
    if (amount < 0) {
      throw new IllegalArgumentException("fetch takes a positive amount, not " + amount);
    }
    ctx.execute(() -> {
      demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
      consumed();
    });
    return this;
  }

  @Override
  public BoundedQueueStream<T> endHandler(Handler<Void> endHandler) {
    ctx.execute(() -> {
      this.endHandler = endHandler;
      deliver();
    });
    return this;
  }
}

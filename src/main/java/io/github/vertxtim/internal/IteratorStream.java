package io.github.vertxtim.internal;

import io.vertx.core.Handler;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.streams.ReadStream;

import java.util.Iterator;

/**
 * An Iterator as a ReadStream honouring pause/fetch; items are pulled lazily, in batches per event-loop turn so a
 * million items never hog the loop.
 */
public final class IteratorStream<T> implements ReadStream<T> {

  private static final int BATCH = 256;

  private final ContextInternal ctx;
  private final Iterator<T> it;
  private Handler<T> handler;
  private Handler<Void> endHandler;
  private Handler<Throwable> exceptionHandler;
  private long demand = Long.MAX_VALUE;
  private boolean scheduled;
  private boolean ended;

  public IteratorStream(ContextInternal ctx, Iterator<T> items) {
    this.ctx = ctx;
    this.it = items;
  }

  private void schedule() {
    if (!scheduled && !ended) {
      scheduled = true;
      ctx.runOnContext(v -> {
        scheduled = false;
        emit();
      });
    }
  }

  private void emit() {
    try {
      pull();
    } catch (RuntimeException e) {
      // an iterator that throws fails the stream (a bulk job then ends with it as its source error) instead of
      // escaping into the event loop and leaving the reader waiting for an end that never comes
      ended = true;
      if (exceptionHandler != null) {
        exceptionHandler.handle(e);
      }
    }
  }

  private void pull() {
    int n = 0;
    while (demand > 0 && handler != null && it.hasNext() && n++ < BATCH) {
      if (demand != Long.MAX_VALUE) {
        demand--;
      }
      handler.handle(it.next());
    }
    if (!it.hasNext() && !ended && handler != null) {
      ended = true;
      if (endHandler != null) {
        endHandler.handle(null);
      }
    } else if (demand > 0 && it.hasNext()) {
      schedule();
    }
  }

  @Override
  public ReadStream<T> exceptionHandler(Handler<Throwable> handler) {
    this.exceptionHandler = handler;
    return this;
  }

  @Override
  public ReadStream<T> handler(Handler<T> handler) {
    this.handler = handler;
    schedule();
    return this;
  }

  @Override
  public ReadStream<T> pause() {
    demand = 0;
    return this;
  }

  @Override
  public ReadStream<T> resume() {
    demand = Long.MAX_VALUE;
    schedule();
    return this;
  }

  @Override
  public ReadStream<T> fetch(long amount) {
    demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
    schedule();
    return this;
  }

  @Override
  public ReadStream<T> endHandler(Handler<Void> endHandler) {
    this.endHandler = endHandler;
    return this;
  }
}

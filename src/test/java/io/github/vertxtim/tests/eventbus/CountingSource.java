package io.github.vertxtim.tests.eventbus;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;

import java.util.function.LongFunction;

/**
 * A source of {@code count} generated items that honours pause/resume/fetch, counts what it emitted, and fails
 * instead of ending when {@code failure} is given.
 */
final class CountingSource<T> implements ReadStream<T> {

  private final Context ctx;
  private final long count;
  private final LongFunction<T> item;
  private final RuntimeException failure;
  private Handler<T> handler;
  private Handler<Void> endHandler;
  private Handler<Throwable> exceptionHandler;
  private long demand = Long.MAX_VALUE;
  private volatile long emitted;
  private boolean scheduled;
  private boolean ended;

  CountingSource(Context ctx, long count, LongFunction<T> item, RuntimeException failure) {
    this.ctx = ctx;
    this.count = count;
    this.item = item;
    this.failure = failure;
  }

  long emitted() {
    return emitted;
  }

  private void schedule() {
    if (scheduled) {
      return;
    }
    scheduled = true;
    ctx.runOnContext(v -> {
      scheduled = false;
      int n = 0;
      while (demand > 0 && handler != null && emitted < count && n++ < 500) {
        if (demand != Long.MAX_VALUE) {
          demand--;
        }
        handler.handle(item.apply(emitted++));
      }
      if (emitted == count && !ended && handler != null) {
        ended = true;
        if (failure != null) {
          exceptionHandler.handle(failure);
        } else if (endHandler != null) {
          endHandler.handle(null);
        }
      } else if (demand > 0 && emitted < count) {
        schedule();
      }
    });
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

package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.internal.IteratorStream;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.streams.ReadStream;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;

/**
 * A source of {@code count} generated items that counts what it emitted, and fails instead of ending when
 * {@code failure} is given: the library's {@link IteratorStream} (demand, pause, fetch) over a counting iterator.
 */
final class CountingSource<T> implements ReadStream<T> {

  private final IteratorStream<T> stream;
  private volatile long emitted;

  CountingSource(Context ctx, long count, LongFunction<T> item, RuntimeException failure) {
    this.stream = new IteratorStream<>((ContextInternal) ctx, new Iterator<>() {
      @Override
      public boolean hasNext() {
        return emitted < count || failure != null;
      }

      @Override
      public T next() {
        if (emitted >= count) {
          if (failure != null) {
            throw failure;   // IteratorStream fails the stream with what its iterator throws
          }
          throw new NoSuchElementException();
        }
        return item.apply(emitted++);
      }
    });
  }

  long emitted() {
    return emitted;
  }

  @Override
  public CountingSource<T> exceptionHandler(Handler<Throwable> handler) {
    stream.exceptionHandler(handler);
    return this;
  }

  @Override
  public CountingSource<T> handler(Handler<T> handler) {
    stream.handler(handler);
    return this;
  }

  @Override
  public CountingSource<T> pause() {
    stream.pause();
    return this;
  }

  @Override
  public CountingSource<T> resume() {
    stream.resume();
    return this;
  }

  @Override
  public CountingSource<T> fetch(long amount) {
    stream.fetch(amount);
    return this;
  }

  @Override
  public CountingSource<T> endHandler(Handler<Void> endHandler) {
    stream.endHandler(endHandler);
    return this;
  }
}

package io.github.vertxtim.tests.examples;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.streams.WriteStream;

import java.util.concurrent.atomic.AtomicInteger;

/** A WriteStream that only counts, standing in for a file or a socket in the examples. */
public final class CountingWriteStream<T> implements WriteStream<T> {

  private final AtomicInteger count;

  public CountingWriteStream(AtomicInteger count) {
    this.count = count;
  }

  @Override
  public WriteStream<T> exceptionHandler(Handler<Throwable> handler) {
    return this;
  }

  @Override
  public Future<Void> write(T data) {
    count.incrementAndGet();
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> end() {
    return Future.succeededFuture();
  }

  @Override
  public WriteStream<T> setWriteQueueMaxSize(int maxSize) {
    return this;
  }

  @Override
  public boolean writeQueueFull() {
    return false;
  }

  @Override
  public WriteStream<T> drainHandler(Handler<Void> handler) {
    return this;
  }
}

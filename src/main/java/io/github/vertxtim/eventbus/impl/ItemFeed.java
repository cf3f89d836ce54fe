package io.github.vertxtim.eventbus.impl;

import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;

import java.util.ArrayDeque;

/**
 * The items a requester sent for a job, as the ReadStream the bulk engine reads. It holds no more than the job's
 * window (the requester never sends more than it was granted), and honours the engine's pause, resume and fetch.
 * Used on the job's context only.
 */
final class ItemFeed implements ReadStream<Object> {

  private final ArrayDeque<Object> queue = new ArrayDeque<>();
  private Handler<Object> handler;
  private Handler<Void> endHandler;
  private Handler<Throwable> exceptionHandler;
  private long demand = Long.MAX_VALUE;
  private boolean ended;
  private Throwable error;
  private boolean endDelivered;
  private boolean delivering;

  void push(Object item) {
    queue.add(item);
    drain();
  }

  /** No more items; {@code failure} when the requester's source failed. */
  void end(Throwable failure) {
    if (ended) {
      return;
    }
    ended = true;
    error = failure;
    drain();
  }

  boolean ended() {
    return ended;
  }

  int buffered() {
    return queue.size();
  }

  private void drain() {
    if (delivering) {
      return;
    }
    delivering = true;
    try {
      while (demand > 0 && !queue.isEmpty() && handler != null) {
        if (demand != Long.MAX_VALUE) {
          demand--;
        }
        handler.handle(queue.poll());
      }
    } finally {
      delivering = false;
    }
    if (ended && queue.isEmpty() && !endDelivered && handler != null) {
      endDelivered = true;
      if (error != null && exceptionHandler != null) {
        exceptionHandler.handle(error);
      } else if (endHandler != null) {
        endHandler.handle(null);
      }
    }
  }

  @Override
  public ReadStream<Object> exceptionHandler(Handler<Throwable> handler) {
    this.exceptionHandler = handler;
    return this;
  }

  @Override
  public ReadStream<Object> handler(Handler<Object> handler) {
    this.handler = handler;
    drain();
    return this;
  }

  @Override
  public ReadStream<Object> pause() {
    demand = 0;
    return this;
  }

  @Override
  public ReadStream<Object> resume() {
    demand = Long.MAX_VALUE;
    drain();
    return this;
  }

  @Override
  public ReadStream<Object> fetch(long amount) {
    demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
    drain();
    return this;
  }

  @Override
  public ReadStream<Object> endHandler(Handler<Void> endHandler) {
    this.endHandler = endHandler;
    drain();
    return this;
  }
}

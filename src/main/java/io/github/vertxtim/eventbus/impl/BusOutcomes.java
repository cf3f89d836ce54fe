package io.github.vertxtim.eventbus.impl;

import io.github.vertxtim.bulk.BulkOutcome;
import io.vertx.core.Handler;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.streams.ReadStream;

import java.util.ArrayDeque;

/**
 * The requester's view of a job's outcomes: a ReadStream with a bounded buffer. Its free room is the credit the
 * requester grants the verticle, so a paused consumer stops the outcomes at the verticle, which stops the job.
 * Without a handler outcomes are only counted. Everything runs on the job's context.
 */
final class BusOutcomes<I> implements ReadStream<BulkOutcome<I>> {

  private final ContextInternal ctx;
  private final int capacity;
  private final Runnable onRoom;
  private final ArrayDeque<BulkOutcome<I>> queue = new ArrayDeque<>();
  private Handler<BulkOutcome<I>> handler;
  private Handler<Void> endHandler;
  private Handler<Throwable> exceptionHandler;
  private long demand = Long.MAX_VALUE;
  private boolean ending;
  private boolean ended;
  private Throwable failure;
  private boolean delivering;

  BusOutcomes(ContextInternal ctx, int capacity, Runnable onRoom) {
    this.ctx = ctx;
    this.capacity = capacity;
    this.onRoom = onRoom;
  }

  int capacity() {
    return capacity;
  }

  /** How many more outcomes may arrive now. */
  long room() {
    return handler == null ? capacity : Math.max(0, capacity - queue.size());
  }

  void push(BulkOutcome<I> outcome) {
    if (handler != null) {
      queue.add(outcome);
      deliver();
    }
  }

  void end() {
    ending = true;
    deliver();
  }

  void fail(Throwable t) {
    failure = t;
    ending = true;
    queue.clear();
    deliver();
  }

  private void deliver() {
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
    if (ending && !ended && queue.isEmpty()) {
      ended = true;
      if (failure != null && exceptionHandler != null) {
        exceptionHandler.handle(failure);
      }
      if (endHandler != null) {
        endHandler.handle(null);
      }
    }
  }

  private void consumed() {
    deliver();
    onRoom.run();
  }

  @Override
  public ReadStream<BulkOutcome<I>> exceptionHandler(Handler<Throwable> handler) {
    ctx.execute(() -> this.exceptionHandler = handler);
    return this;
  }

  @Override
  public ReadStream<BulkOutcome<I>> handler(Handler<BulkOutcome<I>> handler) {
    ctx.execute(() -> {
      this.handler = handler;
      if (handler == null) {
        queue.clear();
      }
      consumed();
    });
    return this;
  }

  @Override
  public ReadStream<BulkOutcome<I>> pause() {
    ctx.execute(() -> demand = 0);
    return this;
  }

  @Override
  public ReadStream<BulkOutcome<I>> resume() {
    ctx.execute(() -> {
      demand = Long.MAX_VALUE;
      consumed();
    });
    return this;
  }

  @Override
  public ReadStream<BulkOutcome<I>> fetch(long amount) {
    ctx.execute(() -> {
      demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
      consumed();
    });
    return this;
  }

  @Override
  public ReadStream<BulkOutcome<I>> endHandler(Handler<Void> endHandler) {
    ctx.execute(() -> {
      this.endHandler = endHandler;
      deliver();
    });
    return this;
  }
}

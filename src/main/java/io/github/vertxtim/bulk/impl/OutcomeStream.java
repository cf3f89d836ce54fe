package io.github.vertxtim.bulk.impl;

import io.github.vertxtim.bulk.BulkOutcome;
import io.vertx.core.Handler;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.streams.ReadStream;

import java.util.ArrayDeque;

/**
 * The outcomes of a job as a ReadStream with a bounded buffer. The job asks {@link #hasRoom()} before sending more,
 * so a paused consumer holds the job back instead of growing memory. Everything runs on the job's context.
 */
final class OutcomeStream<I> implements ReadStream<BulkOutcome<I>> {

  private final ContextInternal ctx;
  private final int capacity;
  private final Runnable onRoom;
  private final ArrayDeque<BulkOutcome<I>> queue = new ArrayDeque<>();
  private Handler<BulkOutcome<I>> handler;
  private Handler<Void> endHandler;
  private long demand = Long.MAX_VALUE;
  private boolean ending;
  private boolean ended;
  private boolean delivering;

  OutcomeStream(ContextInternal ctx, int capacity, Runnable onRoom) {
    this.ctx = ctx;
    this.capacity = capacity;
    this.onRoom = onRoom;
  }

  /** Whether the job may produce more outcomes. Without a handler outcomes are only counted, so there is always room. */
  boolean hasRoom() {
    return handler == null || queue.size() < capacity;
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
      if (endHandler != null) {
        endHandler.handle(null);
      }
    }
  }

  /** A consumer action freed room: let the job go on. */
  private void consumed() {
    deliver();
    if (hasRoom()) {
      onRoom.run();
    }
  }

  @Override
  public ReadStream<BulkOutcome<I>> exceptionHandler(Handler<Throwable> handler) {
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

package io.github.vertxtim.internal;

import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.Paging;
import io.vertx.core.Handler;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;

import java.util.ArrayDeque;
import java.util.Objects;

/**
 * The items of every page of a paged endpoint as one ReadStream. The next page is fetched only when the consumer
 * has demand and the current page is used up, so a paused consumer stops the paging. The walk follows the
 * endpoint's {@link Paging} rule, which is data in the registry.
 */
public final class PageStream implements ReadStream<JsonObject> {

  private final ContextInternal ctx;
  private final Carrier carrier;
  private final Endpoint endpoint;
  private final Paging paging;
  private final JsonObject request;
  private final ArrayDeque<JsonObject> buffer = new ArrayDeque<>();
  private Handler<JsonObject> handler;
  private Handler<Void> endHandler;
  private Handler<Throwable> exceptionHandler;
  private long demand = Long.MAX_VALUE;
  private long offset;
  private long pages;
  private boolean fetching;
  private boolean lastPage;
  private boolean ended;
  private boolean failed;

  public PageStream(ContextInternal ctx, Carrier carrier, Endpoint endpoint, JsonObject request) {
    if (endpoint.paging() == null) {
      throw new IllegalArgumentException(endpoint.path() + " is not paged according to the endpoint registry");
    }
    this.ctx = ctx;
    this.carrier = carrier;
    this.endpoint = endpoint;
    this.paging = endpoint.paging();
    this.request = request == null ? new JsonObject() : request.copy();
    if (paging.offsetField() != null) {
      offset = this.request.getLong(paging.offsetField(), 0L);
    }
  }

  /** Pages fetched so far. */
  public long pages() {
    return pages;
  }

  private void drain() {
    while (demand > 0 && !buffer.isEmpty() && handler != null) {
      if (demand != Long.MAX_VALUE) {
        demand--;
      }
      handler.handle(buffer.poll());
    }
    if (buffer.isEmpty() && !failed) {
      if (lastPage) {
        if (!ended) {
          ended = true;
          if (endHandler != null) {
            endHandler.handle(null);
          }
        }
      } else if (demand > 0 && handler != null && !fetching) {
        fetch();
      }
    }
  }

  private void fetch() {
    fetching = true;
    carrier.invoke(endpoint, request.copy()).onComplete(ar -> ctx.execute(() -> {
      fetching = false;
      if (ar.failed()) {
        failed = true;
        if (exceptionHandler != null) {
          exceptionHandler.handle(ar.cause());
        }
        return;
      }
      page(ar.result());
      drain();
    }));
  }

  private void page(JsonObject answer) {
    pages++;
    JsonArray items = answer.getJsonArray(paging.itemsField(), new JsonArray());
    for (Object item : items) {
      buffer.add(item instanceof JsonObject o ? o : new JsonObject().put("Value", item));
    }
    for (Paging.Cursor c : paging.cursors()) {
      Object v = answer.getValue(c.from());
      if (v != null) {
        request.put(c.to(), v);
      }
    }
    boolean end = !paging.minCursors().isEmpty() && !minCursors(items);
    if (paging.endField() != null) {
      Object v = answer.getValue(paging.endField());
      end = Objects.equals(v == null ? "" : String.valueOf(v), paging.endValue());
    }
    if (paging.offsetField() != null) {
      offset += items.size();
      request.put(paging.offsetField(), offset);
      if (paging.totalField() != null && answer.getValue(paging.totalField()) instanceof Number total) {
        end |= offset >= total.longValue();
      }
    }
    // a page without items can never advance an offset walk, and a cursor walk that repeats would loop
    lastPage = end || items.isEmpty();
  }

  /**
   * Moves each item cursor to the smallest value of its field over the page minus its step; false when a walk
   * cannot go on: no item had the field, the value would drop below 1, or it did not decrease.
   */
  private boolean minCursors(JsonArray items) {
    boolean more = true;
    for (Paging.MinCursor c : paging.minCursors()) {
      long min = Long.MAX_VALUE;
      for (Object item : items) {
        if (item instanceof JsonObject o && o.getValue(c.itemField()) instanceof Number n) {
          min = Math.min(min, n.longValue());
        }
      }
      if (min == Long.MAX_VALUE) {
        more = false;
        continue;
      }
      long next = min - c.step();
      Object previous = request.getValue(c.to());
      if (next < 1 || previous instanceof Number p && next >= p.longValue()) {
        more = false;
      }
      request.put(c.to(), next);
    }
    return more;
  }

  @Override
  public ReadStream<JsonObject> exceptionHandler(Handler<Throwable> handler) {
    ctx.execute(() -> exceptionHandler = handler);
    return this;
  }

  @Override
  public ReadStream<JsonObject> handler(Handler<JsonObject> handler) {
    ctx.execute(() -> {
      this.handler = handler;
      drain();
    });
    return this;
  }

  @Override
  public ReadStream<JsonObject> pause() {
    ctx.execute(() -> demand = 0);
    return this;
  }

  @Override
  public ReadStream<JsonObject> resume() {
    ctx.execute(() -> {
      demand = Long.MAX_VALUE;
      drain();
    });
    return this;
  }

  @Override
  public ReadStream<JsonObject> fetch(long amount) {
    ctx.execute(() -> {
      demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
      drain();
    });
    return this;
  }

  @Override
  public ReadStream<JsonObject> endHandler(Handler<Void> endHandler) {
    ctx.execute(() -> {
      this.endHandler = endHandler;
      drain();
    });
    return this;
  }
}

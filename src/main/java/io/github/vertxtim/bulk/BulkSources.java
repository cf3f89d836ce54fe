package io.github.vertxtim.bulk;

import io.github.vertxtim.internal.IteratorStream;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonObject;
import io.vertx.core.parsetools.RecordParser;
import io.vertx.core.streams.ReadStream;

import java.util.Iterator;
import java.util.function.Function;

/** Adapters that turn files and other streams into bulk job sources, keeping their backpressure. */
public final class BulkSources {

  private BulkSources() {
  }

  /**
   * The items of an iterator, pulled only as the job asks for them (items can be generated on the fly), on
   * {@code context}: the context of the job that reads it.
   */
  public static <T> ReadStream<T> iterate(Context context, Iterator<T> items) {
    return new IteratorStream<>((ContextInternal) context, items);
  }

  /**
   * Each element of {@code source} through {@code fn}; elements for which it returns null are skipped. A function
   * that throws fails the stream (its exception handler) at that element.
   */
  public static <A, B> ReadStream<B> map(ReadStream<A> source, Function<A, B> fn) {
    return new Mapped<>(source, fn);
  }

  /** The lines of a byte stream (a file), without line ends; blank lines are skipped. */
  public static ReadStream<String> lines(ReadStream<Buffer> bytes) {
    return map(RecordParser.newDelimited("\n", bytes), b -> {
      String line = b.toString();
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      return line.isBlank() ? null : line;
    });
  }

  /** One JSON object per line (JSON lines); a line that is not a JSON object fails the stream. */
  public static ReadStream<JsonObject> jsonLines(ReadStream<Buffer> bytes) {
    return map(lines(bytes), JsonObject::new);
  }

  private static final class Mapped<A, B> implements ReadStream<B> {
    private final ReadStream<A> source;
    private final Function<A, B> fn;
    private Handler<Throwable> exceptionHandler;
    private boolean failed;

    Mapped(ReadStream<A> source, Function<A, B> fn) {
      this.source = source;
      this.fn = fn;
    }

    @Override
    public ReadStream<B> exceptionHandler(Handler<Throwable> handler) {
      exceptionHandler = handler;
      source.exceptionHandler(handler);
      return this;
    }

    @Override
    public ReadStream<B> handler(Handler<B> handler) {
      if (handler == null) {
        source.handler(null);
        return this;
      }
      source.handler(a -> {
        if (failed) {
          return;
        }
        B b;
        try {
          b = fn.apply(a);
        } catch (RuntimeException e) {
          failed = true;
          source.pause();
          if (exceptionHandler != null) {
            exceptionHandler.handle(e);
          }
          return;
        }
        if (b != null) {
          handler.handle(b);
        }
      });
      return this;
    }

    @Override
    public ReadStream<B> pause() {
      source.pause();
      return this;
    }

    @Override
    public ReadStream<B> resume() {
      if (!failed) {
        source.resume();
      }
      return this;
    }

    @Override
    public ReadStream<B> fetch(long amount) {
      if (!failed) {
        source.fetch(amount);
      }
      return this;
    }

    @Override
    public ReadStream<B> endHandler(Handler<Void> endHandler) {
      source.endHandler(endHandler);
      return this;
    }
  }
}

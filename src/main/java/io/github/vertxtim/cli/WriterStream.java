package io.github.vertxtim.cli;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command's stdout as a WriteStream, to pipe a stream into. Writes go straight to the writer (a terminal or a
 * pipe applies its own backpressure by blocking), so the queue is never full. {@code end} flushes, it does not close.
 */
final class WriterStream implements WriteStream<Buffer> {

  private final PrintWriter out;

  WriterStream(PrintWriter out) {
    this.out = out;
  }

  @Override
  public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
    return this;
  }

  @Override
  public Future<Void> write(Buffer data) {
    out.write(data.toString(StandardCharsets.UTF_8));
    return out.checkError() ? Future.failedFuture("cannot write to stdout") : Future.succeededFuture();
  }

  @Override
  public Future<Void> end() {
    out.flush();
    return out.checkError() ? Future.failedFuture("cannot write to stdout") : Future.succeededFuture();
  }

  @Override
  public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
    return this;
  }

  @Override
  public boolean writeQueueFull() {
    return false;
  }

  @Override
  public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
    return this;
  }
}

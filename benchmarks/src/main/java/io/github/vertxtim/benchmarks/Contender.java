package io.github.vertxtim.benchmarks;

/**
 * One way of calling account_check on the stub. Implementations keep everything (pools, threads, Vert.x) they need
 * and release it in {@link #close()}.
 */
interface Contender extends AutoCloseable {

  /** Issues one call; must end in exactly one {@code pump.done(t0, failureOrNull)}, on any thread. */
  void send(long t0, Pump pump) throws Exception;

  /** Runs the pump's first sends where this contender's calls are meant to start (e.g. on its event loop). */
  default void launch(Runnable firstSends) {
    firstSends.run();
  }

  @Override
  void close() throws Exception;
}

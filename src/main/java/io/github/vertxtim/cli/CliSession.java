package io.github.vertxtim.cli;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

import java.util.concurrent.TimeUnit;

/**
 * What every command that talks to the service shares: one Vert.x and one client made from the environment's
 * credentials (and the command line's client tuning), closed together. The secret key is added to the redactor
 * before anything can print it.
 */
final class CliSession implements AutoCloseable {

  /** How long closing waits for the client and for Vert.x, each: a hung close must not hang the CLI. */
  private static final long CLOSE_WAIT_SECONDS = 10;

  private final Vertx vertx;
  private final TimClient client;
  private final EnvCredentials credentials;
  private final ClientFigures figures;

  private CliSession(Vertx vertx, TimClient client, EnvCredentials credentials, ClientFigures figures) {
    this.vertx = vertx;
    this.client = client;
    this.credentials = credentials;
    this.figures = figures;
  }

  /** Credentials from {@code root}'s environment, tuned by {@code tuning}; a bad setting is a usage error. */
  static CliSession open(TimCli root, ClientTuning tuning) {
    EnvCredentials credentials = EnvCredentials.load(root.env());
    root.redactor().add(credentials.secretKey());
    TimClientOptions options = credentials.options();
    if (tuning != null) {
      tuning.applyTo(options);
    }
    return open(credentials, options, new VertxOptions());
  }

  /** A session with these client options (taken from {@code credentials} and changed by the command). */
  static CliSession open(EnvCredentials credentials, TimClientOptions options, VertxOptions vertxOptions) {
    Vertx vertx = Vertx.vertx(vertxOptions);
    ClientFigures figures = new ClientFigures();
    try {
      return new CliSession(vertx, TimClient.create(vertx, figures.install(new TimClientOptions(options))),
          credentials, figures);
    } catch (IllegalArgumentException e) {
      closeQuietly(vertx.close());
      throw new CliUsageException("invalid client settings: " + e.getMessage());
    } catch (RuntimeException e) {
      closeQuietly(vertx.close());
      throw e;
    }
  }

  Vertx vertx() {
    return vertx;
  }

  TimClient client() {
    return client;
  }

  EnvCredentials credentials() {
    return credentials;
  }

  /** The client's meters, for the figures a command prints at its end. */
  ClientFigures figures() {
    return figures;
  }

  @Override
  public void close() {
    closeQuietly(client.close());
    closeQuietly(vertx.close());
  }

  private static void closeQuietly(Future<Void> closing) {
    closing.toCompletionStage().toCompletableFuture().completeOnTimeout(null, CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)
        .exceptionally(e -> null).join();
  }
}

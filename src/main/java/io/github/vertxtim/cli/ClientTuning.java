package io.github.vertxtim.cli;

import io.github.vertxtim.TimClientOptions;
import picocli.CommandLine.Option;

/**
 * The client-tuning options every command that calls the service takes ({@code @Mixin}); each wins over its
 * environment variable (TIM_TIMEOUT_MILLIS, TIM_POOL_SIZE), which wins over the library's default.
 */
final class ClientTuning {

  @Option(names = "--timeout-ms", paramLabel = "MS",
      description = "Total deadline of a call in ms, > 3000 (the service's own timeout); default TIM_TIMEOUT_MILLIS "
          + "or " + TimClientOptions.DEFAULT_TIMEOUT_MILLIS + ".")
  Integer timeoutMillis;

  @Option(names = "--pool-size", paramLabel = "N",
      description = "Connections per region domain; default TIM_POOL_SIZE or " + TimClientOptions.DEFAULT_POOL_SIZE
          + ".")
  Integer poolSize;

  /** Applies what was given; a value out of range is a usage error naming the option. */
  void applyTo(TimClientOptions options) {
    if (timeoutMillis != null) {
      if (timeoutMillis <= TimClientOptions.SERVER_TIMEOUT_MILLIS) {
        throw new CliUsageException("--timeout-ms must be greater than " + TimClientOptions.SERVER_TIMEOUT_MILLIS
            + " (the service's own timeout), got " + timeoutMillis);
      }
      options.setTimeoutMillis(timeoutMillis);
    }
    if (poolSize != null) {
      if (poolSize < 1) {
        throw new CliUsageException("--pool-size must be >= 1, got " + poolSize);
      }
      options.setPoolSize(poolSize);
    }
  }
}

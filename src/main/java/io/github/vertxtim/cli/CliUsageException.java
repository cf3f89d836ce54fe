package io.github.vertxtim.cli;

/**
 * A usage problem found while running a command (missing or invalid environment variable, bad JSON argument,
 * unreadable file): the CLI prints the message and exits with {@link ExitCodes#USAGE}, without the usage help.
 */
public class CliUsageException extends RuntimeException {

  public CliUsageException(String message) {
    super(message);
  }
}

package io.github.vertxtim.cli;

/** The exit codes of {@code tim}. */
public final class ExitCodes {

  /** The command succeeded (the service answered ActionStatus OK). */
  public static final int OK = 0;
  /** The service answered FAIL, a call failed, or a demo count did not match. */
  public static final int FAILED = 1;
  /** Bad command line, bad JSON argument, or missing / invalid environment. */
  public static final int USAGE = 2;

  private ExitCodes() {
  }
}

package io.github.vertxtim.cli;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;

/** How failures are shown on stderr. */
final class Errors {

  private Errors() {
  }

  /** {@code ErrorCode <n> (<NAME>): <ErrorInfo>}; the name is left out when the code is not a documented one. */
  static String describe(TimException e) {
    String name = TimErrorCode.of(e.errorCode()).map(c -> " (" + c.name() + ")").orElse("");
    String info = e.errorInfo() == null || e.errorInfo().isEmpty() ? "(no ErrorInfo)" : e.errorInfo();
    return "ErrorCode " + e.errorCode() + name + ": " + info;
  }

  /** The first {@link TimException} in the cause chain, or {@code null}. */
  static TimException timException(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof TimException te) {
        return te;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }
}

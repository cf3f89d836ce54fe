package io.github.vertxtim.emulator.impl.shared;

/**
 * A whole-request failure: the emulator answers {@code ActionStatus FAIL} with this ErrorCode and ErrorInfo.
 * Thrown by checks and handlers; carries no stack trace (it is control flow, not a bug).
 */
public final class EmulatorError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int code;

  public EmulatorError(int code, String info) {
    super(info, null, false, false);
    this.code = code;
  }

  public int code() {
    return code;
  }

  public String info() {
    return getMessage();
  }
}

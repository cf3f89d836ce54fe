package io.github.vertxtim;

import io.vertx.core.VertxException;

/**
 * A failed call: the service answered {@code ActionStatus: FAIL}, or no usable answer arrived.
 * Messages carry the endpoint, code and ErrorInfo, never the usersig or the secret key.
 */
public class TimException extends VertxException {

  private final int errorCode;
  private final String errorInfo;
  private final String service;
  private final String command;
  private final TimErrorCategory category;
  private final boolean retryable;

  public TimException(int errorCode, String errorInfo, String service, String command, boolean retryable,
                      Throwable cause) {
    super(message(errorCode, errorInfo, service, command), cause);
    this.errorCode = errorCode;
    this.errorInfo = errorInfo == null ? "" : errorInfo;
    this.service = service;
    this.command = command;
    this.category = TimErrorCode.categoryOf(errorCode);
    this.retryable = retryable;
  }

  public TimException(TimErrorCode code, String detail, String service, String command, boolean retryable,
                      Throwable cause) {
    this(code.code(), detail == null ? code.description() : detail, service, command, retryable, cause);
  }

  private static String message(int code, String info, String service, String command) {
    String where = service == null ? "" : " from " + service + "/" + command;
    String name = TimErrorCode.of(code).map(c -> " " + c.name()).orElse("");
    return "TIM error " + code + name + where + ": " + (info == null || info.isEmpty() ? "(no ErrorInfo)" : info);
  }

  /** The service's {@code ErrorCode}, or a negative client code ({@link TimErrorCode#isClientSide()}). */
  public int errorCode() {
    return errorCode;
  }

  /** The service's {@code ErrorInfo}, or the client's description of what went wrong. */
  public String errorInfo() {
    return errorInfo;
  }

  public String service() {
    return service;
  }

  public String command() {
    return command;
  }

  public TimErrorCategory category() {
    return category;
  }

  /** The named code, when the documents name it. */
  public java.util.Optional<TimErrorCode> code() {
    return TimErrorCode.of(errorCode);
  }

  /**
   * Whether sending the same request again is both useful (the failure is transient) and safe (the endpoint
   * cannot duplicate an effect, per the endpoint registry).
   */
  public boolean isRetryable() {
    return retryable;
  }
}

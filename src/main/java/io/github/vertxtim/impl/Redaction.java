package io.github.vertxtim.impl;

import io.github.vertxtim.TimException;

import java.util.regex.Pattern;

/** Keeps usersigs out of messages: Vert.x puts the request URI (with its usersig) into some exception messages. */
final class Redaction {

  private static final Pattern USERSIG = Pattern.compile("usersig=[^&\\s]*");

  private Redaction() {
  }

  static String redact(String message) {
    return message == null ? null : USERSIG.matcher(message).replaceAll("usersig=***");
  }

  /**
   * The failure an answer stands for, with {@code userSig} and any {@code usersig=} kept out of its ErrorInfo: a
   * gateway or proxy that echoes the request line into its status text or body would otherwise copy the credential
   * into the exception. Only failures pay for the check.
   */
  static TimException redact(TimException e, String userSig) {
    String info = e.errorInfo();
    if (!info.contains(userSig) && !USERSIG.matcher(info).find()) {
      return e;
    }
    String clean = redact(info.replace(userSig, "***"));
    return new TimException(e.errorCode(), clean, e.service(), e.command(), e.isRetryable(), null);
  }

  /** The same failure with every message in its cause chain redacted; stack traces kept for debugging. */
  static Throwable redact(Throwable t) {
    if (t == null) {
      return null;
    }
    RedactedCause copy = new RedactedCause(t.getClass().getName() + ": " + redact(t.getMessage()), redact(t.getCause()));
    copy.setStackTrace(t.getStackTrace());
    return copy;
  }

  /** Stands in for a third-party exception whose message was redacted. */
  static final class RedactedCause extends RuntimeException {
    RedactedCause(String message, Throwable cause) {
      super(message, cause);
    }
  }
}

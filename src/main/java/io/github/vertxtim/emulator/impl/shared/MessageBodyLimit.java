package io.github.vertxtim.emulator.impl.shared;

import io.github.vertxtim.TimErrorCode;
import io.vertx.core.json.Json;

import java.nio.charset.StandardCharsets;

/**
 * The 12 KB message-body limit and the code each family answers when a body is larger. The size measured is the
 * {@code MsgBody} array as compact JSON in UTF-8 bytes: the documents give the limit, not how it is counted.
 *
 * @see <a href="https://trtc.io/document/34348">Error Codes</a>
 */
public final class MessageBodyLimit {

  /** "Message body larger than 12 KB" is an error; 12 KB itself passes. */
  public static final int MAX_BYTES = 12 * 1024;

  /** C2C sending answers 80002, "message body > 12 KB" (listed with the other sendmsg errors). */
  public static final MessageBodyLimit C2C = new MessageBodyLimit(MAX_BYTES, TimErrorCode.MESSAGE_TOO_LARGE.code());
  /** Groups list no code of their own: 80002, the code common to every API. */
  public static final MessageBodyLimit GROUP = new MessageBodyLimit(MAX_BYTES, TimErrorCode.MESSAGE_TOO_LARGE.code());
  /** The push services (im_push, timpush) answer 90055 from the message range. */
  public static final MessageBodyLimit PUSH = new MessageBodyLimit(MAX_BYTES, TimErrorCode.MSG_BODY_TOO_LARGE.code());
  /** Official-account messages list no code of their own: 80002, the common one. */
  public static final MessageBodyLimit OFFICIAL_ACCOUNT =
      new MessageBodyLimit(MAX_BYTES, TimErrorCode.MESSAGE_TOO_LARGE.code());

  private final int maxBytes;
  private final int code;

  public MessageBodyLimit(int maxBytes, int code) {
    this.maxBytes = maxBytes;
    this.code = code;
  }

  /** The body's size as counted here: UTF-8 bytes of its compact JSON text. */
  public static int size(Object msgBody) {
    return Json.encode(msgBody).getBytes(StandardCharsets.UTF_8).length;
  }

  /** Fails with the family's code when the body is larger than the limit. */
  public void check(Object msgBody) {
    int size = size(msgBody);
    if (size > maxBytes) {
      throw new EmulatorError(code, "message body is " + size + " bytes, more than the " + maxBytes + " allowed");
    }
  }

  public int maxBytes() {
    return maxBytes;
  }

  public int code() {
    return code;
  }
}

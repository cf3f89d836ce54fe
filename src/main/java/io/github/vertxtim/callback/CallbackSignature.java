package io.github.vertxtim.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code Sign} of a callback: {@code lowercase_hex(SHA-256(UTF-8(token + RequestTime)))}, RequestTime being the
 * decimal seconds exactly as they appear in the query. The one implementation, for the receiver (verify) and for
 * whoever sends callbacks (the emulator, {@code tim callbacks send}).
 *
 * @see <a href="https://trtc.io/document/34354">Third-Party Callback Introduction</a>
 */
public final class CallbackSignature {

  private static final HexFormat HEX = HexFormat.of();

  private CallbackSignature() {
  }

  /** The lower-case hex Sign of {@code token} at {@code requestTime} (the query's text). */
  public static String sign(String token, String requestTime) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(requestTime, "requestTime");
    return HEX.formatHex(digest(token, requestTime));
  }

  /** The Sign at {@code requestTimeSeconds}. */
  public static String sign(String token, long requestTimeSeconds) {
    return sign(token, Long.toString(requestTimeSeconds));
  }

  /**
   * Whether {@code sign} (hex, either case) is the Sign of {@code token} at {@code requestTime}; compared in
   * constant time over the digest, so the time taken says nothing about how much of it matched.
   */
  public static boolean verify(String token, String requestTime, String sign) {
    if (token == null || requestTime == null || sign == null || sign.length() != 64) {
      return false;
    }
    byte[] received;
    try {
      received = HEX.parseHex(sign.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(digest(token, requestTime), received);
  }

  private static byte[] digest(String token, String requestTime) {
    try {
      return MessageDigest.getInstance("SHA-256").digest((token + requestTime).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

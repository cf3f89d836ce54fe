package io.github.vertxtim.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
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
    if (token == null || requestTime == null) {
      return false;
    }
    byte[] received = parse(sign);
    return received != null && MessageDigest.isEqual(digest(token, requestTime), received);
  }

  /** A verifier for callbacks signed with any of {@code tokens} (a rotation). */
  public static Verifier verifier(List<String> tokens) {
    return new Verifier(tokens);
  }

  /**
   * Verifies Signs against one or more tokens, hashing each token once per RequestTime: Tencent's RequestTime
   * changes once a second, so a busy receiver hashes once a second rather than once a callback (SHA-256 took 16 %
   * of the receiver's event-loop samples in CallbackReceiverBenchmark). Safe for use from several threads.
   */
  public static final class Verifier {
    private record Digests(String requestTime, List<byte[]> expected) {
    }

    private final List<String> tokens;
    private volatile Digests last;

    private Verifier(List<String> tokens) {
      this.tokens = List.copyOf(tokens);
      if (this.tokens.isEmpty()) {
        throw new IllegalArgumentException("no token");
      }
    }

    /**
     * Whether {@code sign} is the Sign of one of the tokens at {@code requestTime}. Every token is compared, in
     * constant time, so the time taken says neither how much matched nor which token.
     */
    public boolean verify(String requestTime, String sign) {
      byte[] received = parse(sign);
      if (requestTime == null || received == null) {
        return false;
      }
      Digests digests = last;
      if (digests == null || !digests.requestTime().equals(requestTime)) {
        List<byte[]> expected = new ArrayList<>(tokens.size());
        for (String token : tokens) {
          expected.add(digest(token, requestTime));
        }
        digests = new Digests(requestTime, expected);
        last = digests;
      }
      boolean valid = false;
      for (byte[] expected : digests.expected()) {
        valid |= MessageDigest.isEqual(expected, received);
      }
      return valid;
    }

    @Override
    public String toString() {
      return "CallbackSignature.Verifier[" + tokens.size() + " token(s)]";
    }
  }

  /** The 32 bytes of a 64-digit hex Sign (either case), or null. */
  private static byte[] parse(String sign) {
    if (sign == null || sign.length() != 64) {
      return null;
    }
    try {
      return HEX.parseHex(sign);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] digest(String token, String requestTime) {
    try {
      return MessageDigest.getInstance("SHA-256").digest((token + requestTime).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

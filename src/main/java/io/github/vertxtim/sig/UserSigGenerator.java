package io.github.vertxtim.sig;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;

/**
 * Generates TLS Sig API v2 usersigs, byte-identical to the official Java generator.
 * Thread-safe. The secret key never appears in toString or exceptions.
 *
 * <p>An empty identifier is signed, as the official generator does (a test vector covers it), although it is not
 * a usable IM account; callers that build REST requests should reject it themselves.
 */
public final class UserSigGenerator {

  private final long sdkAppId;
  private final TlsSigHmac hmac;

  /**
   * @throws IllegalArgumentException if {@code sdkAppId <= 0} or {@code secretKey} is null or empty
   */
  public UserSigGenerator(long sdkAppId, String secretKey) {
    if (sdkAppId <= 0) {
      throw new IllegalArgumentException("sdkAppId must be positive");
    }
    this.sdkAppId = sdkAppId;
    this.hmac = new TlsSigHmac(secretKey);
  }

  /** A usersig for {@code identifier} valid {@code expireSeconds} from now. */
  public String generate(String identifier, long expireSeconds) {
    return generate(identifier, expireSeconds, System.currentTimeMillis() / 1000, null);
  }

  /** A usersig with an injected clock ({@code timeSeconds}: Unix seconds). */
  public String generate(String identifier, long expireSeconds, long timeSeconds) {
    return generate(identifier, expireSeconds, timeSeconds, null);
  }

  /**
   * With a userbuf (TRTC PrivateMapKey); IM REST calls never need one. {@code null} means no userbuf; an empty array
   * is signed as an empty TLS.userbuf, as the official generator does.
   *
   * @throws IllegalArgumentException if {@code identifier} is null, {@code expireSeconds <= 0} or {@code timeSeconds < 0}
   */
  public String generate(String identifier, long expireSeconds, long timeSeconds, byte[] userBuf) {
    if (identifier == null) {
      throw new IllegalArgumentException("identifier must not be null");
    }
    if (expireSeconds <= 0) {
      throw new IllegalArgumentException("expireSeconds must be positive");
    }
    if (timeSeconds < 0) {
      throw new IllegalArgumentException("timeSeconds must not be negative");
    }
    String userBufBase64 = userBuf == null ? null : Base64.getEncoder().encodeToString(userBuf);
    String sig = Base64.getEncoder().encodeToString(
        hmac.sign(identifier, sdkAppId, timeSeconds, expireSeconds, userBufBase64));
    String json = OrgJsonLayout.write(identifier, sdkAppId, timeSeconds, expireSeconds, sig, userBufBase64);
    return SigBase64.encode(deflate(json.getBytes(StandardCharsets.UTF_8)));
  }

  public long sdkAppId() {
    return sdkAppId;
  }

  @Override
  public String toString() {
    return "UserSigGenerator[sdkAppId=" + sdkAppId + "]";
  }

  /** zlib (RFC 1950) at the default level, like the official code, but looping instead of a fixed 2048-byte buffer. */
  private static byte[] deflate(byte[] input) {
    Deflater deflater = new Deflater();
    try {
      deflater.setInput(input);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 2 + 64);
      byte[] buf = new byte[512];
      while (!deflater.finished()) {
        out.write(buf, 0, deflater.deflate(buf));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}

package io.github.vertxtim.sig;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over the TLS Sig v2 input text, keyed once; shared by generator and verifier. */
final class TlsSigHmac {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec keySpec;
  /** Initialised once and never updated; each call works on a clone, so this is thread-safe. */
  private final Mac prototype;

  TlsSigHmac(String secretKey) {
    if (secretKey == null || secretKey.isEmpty()) {
      throw new IllegalArgumentException("secretKey must not be null or empty");
    }
    // The console key is used as text bytes, never hex-decoded: the server expects exactly that.
    this.keySpec = new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    this.prototype = freshMac();
  }

  /** The exact HMAC input: time before expire, every line LF-terminated, userbuf line only when present. */
  static String input(String identifier, long sdkAppId, long time, long expire, String userBufBase64) {
    StringBuilder sb = new StringBuilder(96 + identifier.length())
        .append("TLS.identifier:").append(identifier).append('\n')
        .append("TLS.sdkappid:").append(sdkAppId).append('\n')
        .append("TLS.time:").append(time).append('\n')
        .append("TLS.expire:").append(expire).append('\n');
    if (userBufBase64 != null) {
      sb.append("TLS.userbuf:").append(userBufBase64).append('\n');
    }
    return sb.toString();
  }

  byte[] sign(String identifier, long sdkAppId, long time, long expire, String userBufBase64) {
    return mac().doFinal(input(identifier, sdkAppId, time, expire, userBufBase64).getBytes(StandardCharsets.UTF_8));
  }

  private Mac mac() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      return freshMac(); // providers without clone support: slower but correct
    }
  }

  private Mac freshMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(keySpec);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }
}

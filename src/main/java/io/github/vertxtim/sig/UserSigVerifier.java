package io.github.vertxtim.sig;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * Verifies usersigs the way the official Go and PHP verifiers do:
 * any JSON layout and zlib level, HMAC recomputed from the parsed values, compared in constant time.
 * Thread-safe. The secret key never appears in toString.
 */
public final class UserSigVerifier {

  /** What a verification found; checked in the Go verifier's order. */
  public enum Result {
    OK,
    /** Not base64 / zlib / JSON, or fields missing or of the wrong type. */
    MALFORMED,
    SDKAPPID_MISMATCH,
    IDENTIFIER_MISMATCH,
    /** {@code now > time + expire}. */
    EXPIRED,
    USERBUF_MISMATCH,
    /** The HMAC does not match: wrong key or tampered content. */
    BAD_SIGNATURE
  }

  private final long sdkAppId;
  private final TlsSigHmac hmac;

  /**
   * @throws IllegalArgumentException if {@code sdkAppId <= 0} or {@code secretKey} is null or empty
   */
  public UserSigVerifier(long sdkAppId, String secretKey) {
    if (sdkAppId <= 0) {
      throw new IllegalArgumentException("sdkAppId must be positive");
    }
    this.sdkAppId = sdkAppId;
    this.hmac = new TlsSigHmac(secretKey);
  }

  /** Verifies {@code userSig} for {@code identifier} at {@code nowSeconds}, expecting no userbuf. */
  public Result verify(String userSig, String identifier, long nowSeconds) {
    return verify(userSig, identifier, nowSeconds, null);
  }

  /** Verifies with an expected userbuf ({@code null}: none expected). Never throws on bad input. */
  public Result verify(String userSig, String identifier, long nowSeconds, byte[] expectedUserBuf) {
    DecodedUserSig d;
    try {
      d = UserSigs.decode(userSig);
    } catch (IllegalArgumentException e) {
      return Result.MALFORMED;
    }
    if (d.sdkAppId() != sdkAppId) {
      return Result.SDKAPPID_MISMATCH;
    }
    if (!d.identifier().equals(identifier)) {
      return Result.IDENTIFIER_MISMATCH;
    }
    if (nowSeconds > d.validUntil()) {
      return Result.EXPIRED; // before the signature check, as Go does: expired-and-forged reports EXPIRED
    }
    byte[] userBuf = d.userBuf();
    if (expectedUserBuf == null ? userBuf != null : !Arrays.equals(expectedUserBuf, userBuf)) {
      return Result.USERBUF_MISMATCH;
    }
    // Re-encode the decoded bytes (as Go does) so the HMAC input is canonical base64.
    String userBufBase64 = userBuf == null ? null : Base64.getEncoder().encodeToString(userBuf);
    byte[] expected = hmac.sign(d.identifier(), d.sdkAppId(), d.time(), d.expire(), userBufBase64);
    byte[] actual = Base64.getDecoder().decode(d.sig()); // already validated by decode
    return MessageDigest.isEqual(expected, actual) ? Result.OK : Result.BAD_SIGNATURE;
  }

  @Override
  public String toString() {
    return "UserSigVerifier[sdkAppId=" + sdkAppId + "]";
  }
}

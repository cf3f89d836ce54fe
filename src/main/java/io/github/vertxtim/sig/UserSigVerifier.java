package io.github.vertxtim.sig;

/**
 * Verifies usersigs the way the official Go and PHP verifiers do (shared/api/usersig.md "Verification"):
 * any JSON layout and zlib level, HMAC recomputed from the parsed values, compared in constant time.
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

  public UserSigVerifier(long sdkAppId, String secretKey) {
    throw new UnsupportedOperationException("TODO(sig helper)");
  }

  /** Verifies {@code userSig} for {@code identifier} at {@code nowSeconds}, expecting no userbuf. */
  public Result verify(String userSig, String identifier, long nowSeconds) {
    throw new UnsupportedOperationException("TODO(sig helper)");
  }

  /** Verifies with an expected userbuf ({@code null}: none expected). */
  public Result verify(String userSig, String identifier, long nowSeconds, byte[] expectedUserBuf) {
    throw new UnsupportedOperationException("TODO(sig helper)");
  }
}

package io.github.vertxtim.sig;

/**
 * Generates TLS Sig API v2 usersigs (shared/api/usersig.md), byte-identical to the official Java generator.
 * Thread-safe. The secret key never appears in toString or exceptions.
 */
public final class UserSigGenerator {

  public UserSigGenerator(long sdkAppId, String secretKey) {
    throw new UnsupportedOperationException("TODO(sig helper)");
  }

  /** A usersig for {@code identifier} valid {@code expireSeconds} from now. */
  public String generate(String identifier, long expireSeconds) {
    throw new UnsupportedOperationException("TODO(sig helper)");
  }

  /** A usersig with an injected clock ({@code timeSeconds}: Unix seconds). */
  public String generate(String identifier, long expireSeconds, long timeSeconds) {
    throw new UnsupportedOperationException("TODO(sig helper)");
  }

  /** With a userbuf (TRTC PrivateMapKey); IM REST calls never need one. */
  public String generate(String identifier, long expireSeconds, long timeSeconds, byte[] userBuf) {
    throw new UnsupportedOperationException("TODO(sig helper)");
  }

  public long sdkAppId() {
    throw new UnsupportedOperationException("TODO(sig helper)");
  }
}

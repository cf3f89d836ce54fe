package io.github.vertxtim.sig;

/**
 * The readable content of a usersig, decoded without the key (so not verified).
 *
 * @param time   Unix seconds when it was made
 * @param expire validity in seconds relative to {@code time}
 * @param sig    TLS.sig, standard base64 of the HMAC
 * @param userBuf decoded TLS.userbuf, or null
 */
public record DecodedUserSig(String identifier, long sdkAppId, long time, long expire, String sig, byte[] userBuf) {

  /** The last second in which the usersig is valid: {@code time + expire}. */
  public long validUntil() {
    return time + expire;
  }

  /** Never shows the signature. */
  @Override
  public String toString() {
    return "DecodedUserSig[identifier=" + identifier + ", sdkAppId=" + sdkAppId + ", time=" + time
        + ", expire=" + expire + "]";
  }
}

package io.github.vertxtim.sig;

import java.util.Arrays;
import java.util.Objects;

/**
 * The readable content of a usersig, decoded without the key (so not verified).
 *
 * @param time   Unix seconds when it was made
 * @param expire validity in seconds relative to {@code time}
 * @param sig    TLS.sig, standard base64 of the HMAC
 * @param userBuf decoded TLS.userbuf, or null
 */
public record DecodedUserSig(String identifier, long sdkAppId, long time, long expire, String sig, byte[] userBuf) {

  /** Copies the array so the record stays immutable. */
  public DecodedUserSig {
    userBuf = userBuf == null ? null : userBuf.clone();
  }

  /** A copy of TLS.userbuf, or null when absent. */
  @Override
  public byte[] userBuf() {
    return userBuf == null ? null : userBuf.clone();
  }

  /** The last second in which the usersig is valid: {@code time + expire}. */
  public long validUntil() {
    return time + expire;
  }

  /** Compares userBuf by content (the record default compares array references). */
  @Override
  public boolean equals(Object o) {
    return o instanceof DecodedUserSig other && sdkAppId == other.sdkAppId && time == other.time
        && expire == other.expire && Objects.equals(identifier, other.identifier) && Objects.equals(sig, other.sig)
        && Arrays.equals(userBuf, other.userBuf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(identifier, sdkAppId, time, expire, sig, Arrays.hashCode(userBuf));
  }

  /** Never shows the signature. */
  @Override
  public String toString() {
    return "DecodedUserSig[identifier=" + identifier + ", sdkAppId=" + sdkAppId + ", time=" + time
        + ", expire=" + expire + "]";
  }
}

package io.github.vertxtim.sig;

/** Stateless helpers for usersigs. */
public final class UserSigs {

  private UserSigs() {
  }

  /**
   * Decodes a usersig (reversed base64 substitutions, zlib, JSON) without checking its signature.
   *
   * @throws IllegalArgumentException when it is not a well-formed usersig; the message never contains the input
   */
  public static DecodedUserSig decode(String userSig) {
    throw new UnsupportedOperationException("TODO(sig helper)");
  }
}

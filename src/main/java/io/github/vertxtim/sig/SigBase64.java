package io.github.vertxtim.sig;

import java.util.Base64;

/**
 * The usersig alphabet: standard base64 with {@code + / =} replaced by {@code * - _}.
 * Not RFC 4648 base64url, which maps {@code -} to {@code +}.
 */
final class SigBase64 {

  private SigBase64() {
  }

  static String encode(byte[] bytes) {
    char[] chars = Base64.getEncoder().encodeToString(bytes).toCharArray();
    for (int i = 0; i < chars.length; i++) {
      switch (chars[i]) {
        case '+' -> chars[i] = '*';
        case '/' -> chars[i] = '-';
        case '=' -> chars[i] = '_';
        default -> { }
      }
    }
    return new String(chars);
  }

  /**
   * Reverses the substitutions, then decodes strictly; the message never contains the input.
   * Raw {@code + / =} pass through unchanged, as in the Go verifier (a plain string replace).
   */
  static byte[] decode(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      switch (chars[i]) {
        case '*' -> chars[i] = '+';
        case '-' -> chars[i] = '/';
        case '_' -> chars[i] = '=';
        default -> { }
      }
    }
    return decodeStandard(new String(chars), "usersig");
  }

  /** Standard base64 with mandatory padding (like Go's StdEncoding); java.util.Base64 alone allows unpadded input. */
  static byte[] decodeStandard(String text, String what) {
    if (text.length() % 4 != 0) {
      throw new IllegalArgumentException(what + " is not padded standard base64");
    }
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is not standard base64");
    }
  }
}

package io.github.vertxtim.emulator.impl.group;

/**
 * Auto-assigned group IDs shaped like the seed's sample ({@code @TGS#1YTTZEAEG}): {@code @TGS#1} and eight
 * upper-case base-32 characters. Community groups get {@code @TGS#_} instead of {@code @TGS#1}, because their
 * IDs must start with {@code @TGS#_} (https://trtc.io/document/48172). The suffix is the creation sequence scrambled by a
 * bijection of 40-bit numbers, so IDs look random, never collide and need no lookup. Clients must treat IDs as
 * opaque strings; nothing else about the real service's format is documented.
 */
final class GroupIds {

  private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final long MASK = (1L << 40) - 1;
  /** Odd, so multiplication is a bijection modulo 2^40. */
  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long OFFSET = 0x9E3779B97FL;

  private GroupIds() {
  }

  static String of(String type, long seq) {
    long x = ((seq * MULTIPLIER) ^ OFFSET) & MASK;
    char[] suffix = new char[8];
    for (int i = 7; i >= 0; i--) {
      suffix[i] = ALPHABET[(int) (x & 31)];
      x >>>= 5;
    }
    return ("Community".equals(type) ? "@TGS#_" : "@TGS#1") + new String(suffix);
  }
}

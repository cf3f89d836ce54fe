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

  /** Custom IDs are at most this many bytes (create_group, https://www.tencentcloud.com/document/product/1047/34895). */
  public static final int MAX_CUSTOM_ID_BYTES = 48;
  /** The prefix of assigned IDs; custom IDs of other types must not use it. */
  public static final String AUTO_PREFIX = "@TGS#";
  /** The prefix every Community ID has, custom ones too (https://trtc.io/document/48172). */
  public static final String COMMUNITY_PREFIX = "@TGS#_";

  /**
   * Why {@code id} cannot be a custom GroupId for a group of {@code type}, or null when it can: printable ASCII,
   * 1..48 bytes, not starting {@code @TGS#} — except Community IDs, which must start {@code @TGS#_}.
   */
  public static String customIdProblem(String id, GroupType type) {
    if (!wellFormed(id)) {
      return "GroupId must be 1 to " + MAX_CUSTOM_ID_BYTES + " printable ASCII characters";
    }
    if (type == GroupType.Community) {
      return id.startsWith(COMMUNITY_PREFIX) ? null : "a Community GroupId must start with " + COMMUNITY_PREFIX;
    }
    return id.startsWith(AUTO_PREFIX) ? "a custom GroupId must not start with " + AUTO_PREFIX : null;
  }

  /** Whether {@code id} could name a group at all (printable ASCII, 1..48 bytes); a malformed ID answers 10015. */
  public static boolean wellFormed(String id) {
    if (id == null || id.isEmpty() || id.length() > MAX_CUSTOM_ID_BYTES) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  static String of(String type, long seq) {
    return ("Community".equals(type) ? "@TGS#_" : "@TGS#1") + code(seq);
  }

  /**
   * The eight scrambled base-32 characters of sequence {@code seq}: the suffix of assigned group IDs, and of the
   * assigned topic and permission-group IDs (CommunityState).
   */
  static String code(long seq) {
    long x = ((seq * MULTIPLIER) ^ OFFSET) & MASK;
    char[] suffix = new char[8];
    for (int i = 7; i >= 0; i--) {
      suffix[i] = ALPHABET[(int) (x & 31)];
      x >>>= 5;
    }
    return new String(suffix);
  }
}

package io.github.vertxtim.sig;

/**
 * Writes the usersig JSON exactly as org.json's JSONObject.toString() does in the official Java generator:
 * HashMap key order and JSONObject.quote escaping. Needed for byte-identical output, not for validity.
 */
final class OrgJsonLayout {

  private OrgJsonLayout() {
  }

  /** {@code userBufBase64} null: no TLS.userbuf member. */
  static String write(String identifier, long sdkAppId, long time, long expire, String sig, String userBufBase64) {
    StringBuilder sb = new StringBuilder(160 + identifier.length());
    sb.append("{\"TLS.expire\":").append(expire)
        .append(",\"TLS.ver\":\"2.0\"")
        .append(",\"TLS.sdkappid\":").append(sdkAppId)
        .append(",\"TLS.identifier\":");
    quote(identifier, sb);
    sb.append(",\"TLS.sig\":");
    quote(sig, sb);
    if (userBufBase64 != null) {
      sb.append(",\"TLS.userbuf\":");
      quote(userBufBase64, sb);
    }
    return sb.append(",\"TLS.time\":").append(time).append('}').toString();
  }

  /** The rules of org.json JSONObject.quote, char by char (UTF-16 units, so surrogate pairs stay raw). */
  static void quote(String s, StringBuilder sb) {
    sb.append('"');
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '"' -> sb.append('\\').append(c);
        case '/' -> {
          if (prev == '<') {
            sb.append('\\');
          }
          sb.append(c);
        }
        case '\b' -> sb.append("\\b");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\f' -> sb.append("\\f");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < ' ' || (c >= '\u0080' && c < '\u00a0') || (c >= '\u2000' && c < '\u2100')) {
            String hex = Integer.toHexString(c);
            sb.append("\\u").append("0000", hex.length(), 4).append(hex);
          } else {
            sb.append(c);
          }
        }
      }
      prev = c;
    }
    sb.append('"');
  }
}

package io.github.vertxtim.api.c2c;

import java.util.List;

/** The confirmed list limits of the one-to-one requests, checked in their constructors before any I/O. */
final class C2cLimits {

  private C2cLimits() {
  }

  /** Fails with a message naming the field and its limit when {@code list} holds more than {@code max} items. */
  static void atMost(List<?> list, int max, String field) {
    if (list != null && list.size() > max) {
      throw new IllegalArgumentException(field + " holds " + list.size() + " items, at most " + max
          + " are allowed per request");
    }
  }
}

package io.github.vertxtim.api.group;

import java.util.List;

/**
 * The confirmed per-request limits of the group records, checked in their compact constructors so that a request
 * over a limit fails before any network I/O with a message naming it.
 */
final class RequestLimits {

  private RequestLimits() {
  }

  /** A list of at most {@code max} items (null passes: the field is absent). */
  static void atMost(List<?> list, int max, String field) {
    if (list != null && list.size() > max) {
      throw new IllegalArgumentException(field + " holds " + list.size() + " items; at most " + max + " per request");
    }
  }

  /** A number in {@code min..max} (null passes: the field is absent). */
  static void inRange(Number value, long min, long max, String field) {
    if (value != null && (value.longValue() < min || value.longValue() > max)) {
      throw new IllegalArgumentException(field + " is " + value + "; it must be from " + min + " to " + max);
    }
  }
}

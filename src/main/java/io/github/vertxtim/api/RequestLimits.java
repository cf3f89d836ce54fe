package io.github.vertxtim.api;

import java.util.Collection;

/**
 * Confirmed per-request limits checked in request records' compact constructors, so a request over one fails
 * before any network I/O with a message naming the limit (limits no source confirmed are never checked here).
 */
public final class RequestLimits {

  private RequestLimits() {
  }

  /** Fails when {@code items} (may be null) holds more than {@code max} entries. */
  public static void atMost(Collection<?> items, int max, String jsonName) {
    if (items != null && items.size() > max) {
      throw new IllegalArgumentException(jsonName + " holds " + items.size() + " entries; at most " + max
          + " per request");
    }
  }

  /** Fails when {@code value} (may be null) is outside {@code min..max}. */
  public static void within(Number value, long min, long max, String jsonName) {
    if (value != null && (value.longValue() < min || value.longValue() > max)) {
      throw new IllegalArgumentException(jsonName + " must be from " + min + " to " + max + ", got " + value);
    }
  }
}

package io.github.vertxtim.bulk.impl;

import java.util.List;
import java.util.function.ToLongFunction;

/** Positions in the source as the journal keeps them: sorted {@code [from, to)} ranges, flattened. */
final class Positions {

  private Positions() {
  }

  /** @param items in increasing position order */
  static <T> long[] ranges(List<T> items, ToLongFunction<T> position) {
    long[] out = new long[2 * items.size()];
    int n = 0;
    for (T item : items) {
      long p = position.applyAsLong(item);
      if (n > 0 && out[n - 1] == p) {
        out[n - 1] = p + 1;
      } else {
        out[n++] = p;
        out[n++] = p + 1;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** {@code 100..199, 250} for messages. */
  static String describe(long[] ranges) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i + 1 < ranges.length; i += 2) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(ranges[i]);
      if (ranges[i + 1] - ranges[i] > 1) {
        b.append("..").append(ranges[i + 1] - 1);
      }
    }
    return b.toString();
  }
}

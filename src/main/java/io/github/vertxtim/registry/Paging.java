package io.github.vertxtim.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a paged endpoint walks its pages, as data: which answer field holds the page's items, which answer fields
 * feed which request fields for the next page, and when the walk is complete. Written in the registry as
 * {@code items=GroupIdList;cursor=Next>Next;end=Next:0} (see {@link #parse}).
 *
 * <p>A cursor is either copied from an answer field ({@code cursor=Next>Next}) or computed from the page's items:
 * {@code cursor=min(MsgSeq)-1>ReqMsgSeq} sets the request's ReqMsgSeq to the smallest MsgSeq of the page's items
 * minus one (group_msg_get_simple walks history from the newest message down this way). Such a downward walk ends
 * when the value would drop below 1 or stops decreasing.
 *
 * @param itemsField  the answer field holding this page's items
 * @param cursors     answer field → request field copies that ask for the next page
 * @param minCursors  request fields set from the minimum of an item field over the page, minus a step
 * @param endField    answer field whose value {@code endValue} marks the last page (null: none)
 * @param endValue    that value, compared as text ({@code ""} matches an empty or missing field)
 * @param offsetField request field advanced by the number of items received (offset paging), or null
 * @param totalField  answer field with the total count; the walk ends once the offset reaches it (null: none)
 */
public record Paging(String itemsField, List<Cursor> cursors, List<MinCursor> minCursors, String endField,
                     String endValue, String offsetField, String totalField) {

  /** Copies answer field {@code from} into request field {@code to}. */
  public record Cursor(String from, String to) {
  }

  /**
   * Sets request field {@code to} to the smallest value of item field {@code itemField} among the page's items,
   * minus {@code step}: {@code min(MsgSeq)-1>ReqMsgSeq}.
   */
  public record MinCursor(String itemField, long step, String to) {
    public MinCursor {
      Objects.requireNonNull(itemField, "itemField");
      Objects.requireNonNull(to, "to");
      if (step < 0) {
        throw new IllegalArgumentException("step must be >= 0");
      }
    }
  }

  public Paging {
    Objects.requireNonNull(itemsField, "itemsField");
    cursors = List.copyOf(cursors);
    minCursors = minCursors == null ? List.of() : List.copyOf(minCursors);
    if (cursors.isEmpty() && minCursors.isEmpty() && offsetField == null) {
      throw new IllegalArgumentException("paging needs a cursor or an offset field");
    }
  }

  /** A walk by answer-field cursors and/or an offset (the forms without item cursors). */
  public Paging(String itemsField, List<Cursor> cursors, String endField, String endValue, String offsetField,
                String totalField) {
    this(itemsField, cursors, List.of(), endField, endValue, offsetField, totalField);
  }

  /**
   * Parses {@code key=value} parts separated by {@code ;}: {@code items=F}, {@code cursor=A>B[,C>D]} (where
   * {@code A} may be {@code min(F)-N}, an item cursor), {@code end=F:V}, {@code offset=F}, {@code total=F}.
   */
  public static Paging parse(String spec) {
    String items = null, endField = null, endValue = null, offset = null, total = null;
    List<Cursor> cursors = new ArrayList<>();
    List<MinCursor> minCursors = new ArrayList<>();
    for (String part : spec.split(";")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("bad paging part '" + part + "' in '" + spec + "'");
      }
      switch (kv[0].trim()) {
        case "items" -> items = kv[1].trim();
        case "cursor" -> {
          for (String c : kv[1].split(",")) {
            String[] ab = c.split(">", 2);
            if (ab.length != 2) {
              throw new IllegalArgumentException("bad cursor '" + c + "' in '" + spec + "'");
            }
            MinCursor min = minCursor(ab[0].trim(), ab[1].trim());
            if (min != null) {
              minCursors.add(min);
            } else {
              cursors.add(new Cursor(ab[0].trim(), ab[1].trim()));
            }
          }
        }
        case "end" -> {
          String[] fv = kv[1].split(":", 2);
          endField = fv[0].trim();
          endValue = fv.length > 1 ? fv[1].trim() : "";
        }
        case "offset" -> offset = kv[1].trim();
        case "total" -> total = kv[1].trim();
        default -> throw new IllegalArgumentException("unknown paging key '" + kv[0] + "' in '" + spec + "'");
      }
    }
    if (items == null) {
      throw new IllegalArgumentException("paging spec without items= : '" + spec + "'");
    }
    return new Paging(items, cursors, minCursors, endField, endValue, offset, total);
  }

  /** {@code min(F)-N} (or {@code min(F)}) as an item cursor into {@code to}; null for a plain answer field. */
  private static MinCursor minCursor(String from, String to) {
    if (!from.startsWith("min(")) {
      return null;
    }
    int close = from.indexOf(')');
    if (close < 0) {
      throw new IllegalArgumentException("bad item cursor '" + from + "'");
    }
    String rest = from.substring(close + 1).trim();
    long step = 0;
    if (!rest.isEmpty()) {
      if (!rest.startsWith("-")) {
        throw new IllegalArgumentException("an item cursor takes min(F) or min(F)-N, got '" + from + "'");
      }
      step = Long.parseLong(rest.substring(1).trim());
    }
    return new MinCursor(from.substring(4, close).trim(), step, to);
  }
}

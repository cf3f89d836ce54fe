package io.github.vertxtim.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a paged endpoint walks its pages, as data: which answer field holds the page's items, which answer fields
 * feed which request fields for the next page, and when the walk is complete. Written in the registry as
 * {@code items=GroupIdList;cursor=Next>Next;end=Next:0} (see {@link #parse}).
 *
 * @param itemsField  the answer field holding this page's items
 * @param cursors     answer field → request field copies that ask for the next page
 * @param endField    answer field whose value {@code endValue} marks the last page (null: none)
 * @param endValue    that value, compared as text ({@code ""} matches an empty or missing field)
 * @param offsetField request field advanced by the number of items received (offset paging), or null
 * @param totalField  answer field with the total count; the walk ends once the offset reaches it (null: none)
 */
public record Paging(String itemsField, List<Cursor> cursors, String endField, String endValue, String offsetField,
                     String totalField) {

  /** Copies answer field {@code from} into request field {@code to}. */
  public record Cursor(String from, String to) {
  }

  public Paging {
    Objects.requireNonNull(itemsField, "itemsField");
    cursors = List.copyOf(cursors);
    if (cursors.isEmpty() && offsetField == null) {
      throw new IllegalArgumentException("paging needs a cursor or an offset field");
    }
  }

  /**
   * Parses {@code key=value} parts separated by {@code ;}: {@code items=F}, {@code cursor=A>B[,C>D]},
   * {@code end=F:V}, {@code offset=F}, {@code total=F}.
   */
  public static Paging parse(String spec) {
    String items = null, endField = null, endValue = null, offset = null, total = null;
    List<Cursor> cursors = new ArrayList<>();
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
            cursors.add(new Cursor(ab[0].trim(), ab[1].trim()));
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
    return new Paging(items, cursors, endField, endValue, offset, total);
  }
}

package io.github.vertxtim.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record that maps one JSON object of the API. Fields this library does not know (one the service adds
 * tomorrow) are kept in {@link #unknownFields()} as plain Java values (Map, List, String, Number, Boolean, null)
 * and are written back when the record is sent again. See docs/contributing.md for the record conventions.
 */
public interface JsonRecord {

  /** The object's fields that no component of the record names; empty, never null, unmodifiable. */
  Map<String, Object> unknownFields();

  /**
   * What a record's compact constructor stores as its unknown fields: empty for {@code null}, else an unmodifiable
   * copy in the order given (JSON nulls allowed, which {@code Map.copyOf} would refuse).
   */
  static Map<String, Object> copyOf(Map<String, Object> fields) {
    return fields == null || fields.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}

package io.github.vertxtim.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import java.util.Map;

/**
 * The answer of an endpoint whose documented answer is the envelope alone (ActionStatus, ErrorCode, ErrorInfo);
 * whatever else the service sends is kept in {@link #unknownFields()}.
 */
public record EmptyResult(@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public EmptyResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

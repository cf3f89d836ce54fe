package io.github.vertxtim.callback;

import io.github.vertxtim.api.JsonRecord;

/**
 * The body of one callback Tencent Chat sends to the app's backend, decoded into a record annotated with
 * {@link TimCallback}. Records follow the API's record conventions (docs/contributing.md): documented JSON names,
 * numbers as wide as documented, unknown fields kept in {@link #unknownFields()}.
 */
public interface CallbackEvent extends JsonRecord {

  /** The body's CallbackCommand; null when the body has none ({@code ContentCallback.ResultNotify}, a Push batch). */
  String callbackCommand();
}

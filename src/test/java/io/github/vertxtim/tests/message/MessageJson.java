package io.github.vertxtim.tests.message;

import io.github.vertxtim.api.message.MsgElement;
import io.github.vertxtim.internal.JsonCodec;
import io.vertx.core.json.JsonObject;

import java.lang.reflect.Type;

import static org.assertj.core.api.Assertions.assertThat;

/** Decoding and encoding through the library's one mapper, as requests and answers are. */
final class MessageJson {

  private MessageJson() {
  }

  static <T> T decode(String json, Type type) {
    return JsonCodec.decode(new JsonObject(json), JsonCodec.type(type));
  }

  static MsgElement element(String json) {
    return decode(json, MsgElement.class);
  }

  /** What the library sends for this value, parsed back into a tree (JsonObject equality ignores key order). */
  static JsonObject encoded(Object value) {
    return new JsonObject(JsonCodec.encode(value));
  }

  /** Decodes the sample, re-encodes the result and checks the tree is the sample's; returns the decoded value. */
  static <T> T roundTrip(String sample, Type type) {
    T decoded = decode(sample, type);
    assertThat(encoded(decoded)).isEqualTo(new JsonObject(sample));
    return decoded;
  }
}

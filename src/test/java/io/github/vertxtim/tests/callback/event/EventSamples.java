package io.github.vertxtim.tests.callback.event;

import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.internal.JsonCodec;
import io.github.vertxtim.registry.CallbackCommand;
import io.github.vertxtim.registry.CallbackRegistry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented sample bodies (src/test/resources/io/github/vertxtim/callbacks/samples/COMMAND.json) decoded and
 * encoded through the library's one mapper, as the receiver and the emulator do.
 */
final class EventSamples {

  /** The families whose event records this package tests (the others are tested with the receiver). */
  static final Set<String> FAMILIES = Set.of("group", "moderation", "bot", "official", "push");

  private static final String DIR = "/io/github/vertxtim/callbacks/samples/";

  private EventSamples() {
  }

  static List<CallbackCommand> commands() {
    return CallbackRegistry.defaultRegistry().commands().stream().filter(c -> FAMILIES.contains(c.family())).toList();
  }

  static CallbackCommand command(String command) {
    return CallbackRegistry.defaultRegistry().find(command).orElseThrow();
  }

  @SuppressWarnings("unchecked")
  static Class<? extends CallbackEvent> eventClass(CallbackCommand command) {
    try {
      return (Class<? extends CallbackEvent>) Class.forName(command.eventClassName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no event record " + command.eventClassName() + " for " + command.command(), e);
    }
  }

  static JsonObject sample(String command) {
    try (InputStream in = EventSamples.class.getResourceAsStream(DIR + command + ".json")) {
      assertThat(in).as("sample of " + command).isNotNull();
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T decode(JsonObject body, Class<T> type) {
    return JsonCodec.decode(body, JsonCodec.type(type));
  }

  /** The sample of {@code command} decoded into {@code type}, which must be the record the registry names. */
  static <T extends CallbackEvent> T event(String command, Class<T> type) {
    assertThat(type.getName()).isEqualTo(command(command).eventClassName());
    return decode(sample(command), type);
  }

  /** What the library sends for this value, parsed back into a tree. */
  static JsonObject encode(Object value) {
    return new JsonObject(JsonCodec.encode(value));
  }

  /**
   * Checks that {@code encoded} carries every field of {@code sample} with its value (a numeric string such as the
   * published {@code "EventTime": "1670574414123"} comes back as the number), and adds nothing but empty lists
   * for the lists the sample left out (event records never hold a null list).
   */
  static void assertSameTree(Object encoded, Object sample, String path) {
    if (sample instanceof JsonObject s) {
      assertThat(encoded).as(path).isInstanceOf(JsonObject.class);
      JsonObject e = (JsonObject) encoded;
      for (String key : s.fieldNames()) {
        assertThat(e.containsKey(key)).as(path + "." + key + " kept").isTrue();
        assertSameTree(e.getValue(key), s.getValue(key), path + "." + key);
      }
      for (String key : e.fieldNames()) {
        if (!s.containsKey(key)) {
          assertThat(e.getValue(key)).as(path + "." + key + " added").isEqualTo(new JsonArray());
        }
      }
    } else if (sample instanceof JsonArray s) {
      assertThat(encoded).as(path).isInstanceOf(JsonArray.class);
      JsonArray e = (JsonArray) encoded;
      assertThat(e.size()).as(path + " size").isEqualTo(s.size());
      for (int i = 0; i < s.size(); i++) {
        assertSameTree(e.getValue(i), s.getValue(i), path + "[" + i + "]");
      }
    } else if (sample instanceof String s && encoded instanceof Number n && s.matches("-?\\d+")) {
      assertThat(n.longValue()).as(path).isEqualTo(Long.parseLong(s));
    } else if (sample instanceof Number s && encoded instanceof Number n) {
      assertThat(n.doubleValue()).as(path).isEqualTo(s.doubleValue());
    } else {
      assertThat(encoded).as(path).isEqualTo(sample);
    }
  }
}

package io.github.vertxtim.tests.callback.event;

import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;
import io.github.vertxtim.registry.CallbackCommand;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.github.vertxtim.tests.callback.event.EventSamples.assertSameTree;
import static io.github.vertxtim.tests.callback.event.EventSamples.decode;
import static io.github.vertxtim.tests.callback.event.EventSamples.encode;
import static io.github.vertxtim.tests.callback.event.EventSamples.eventClass;
import static io.github.vertxtim.tests.callback.event.EventSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every event record of the group, moderation, bot, official and push commands promises, checked for each
 * of their 41 registry rows: the record the row names exists and is bound to its command, its documented sample
 * decodes and re-encodes to the same tree, a field Tencent adds tomorrow survives, EventTime is read as a number
 * or a numeric string, and no list is ever null.
 */
class EventRecordConventionsTest {

  private static final String ADDED = "FieldAddedTomorrow";

  static Stream<String> commands() {
    return EventSamples.commands().stream().map(CallbackCommand::command);
  }

  @Test
  void coversTheFortyOneCommandsOfTheseFamilies() {
    // callbacks.tsv: group 24, moderation 1, bot 3, official 11, push 2
    assertThat(EventSamples.commands()).hasSize(41);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void theRegistryRowNamesARecordBoundToItsCommand(String command) {
    Class<? extends CallbackEvent> type = eventClass(EventSamples.command(command));
    assertThat(type.isRecord()).isTrue();
    assertThat(type.getAnnotation(TimCallback.class)).isNotNull();
    assertThat(type.getAnnotation(TimCallback.class).value()).isEqualTo(command);
    RecordComponent[] components = type.getRecordComponents();
    assertThat(components[components.length - 1].getName()).isEqualTo("unknownFields");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void theSampleDecodesAndEncodesToTheSameTree(String command) {
    JsonObject sample = sample(command);
    CallbackEvent event = decode(sample, eventClass(EventSamples.command(command)));
    assertThat(event.unknownFields()).as("every documented field is typed").isEmpty();
    assertSameTree(encode(event), sample, command);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void aFieldAddedTomorrowSurvivesDecodeAndEncode(String command) {
    JsonObject added = new JsonObject().put("Level", 3).put("Tags", new JsonArray().add("a").add(1));
    JsonObject body = sample(command).copy().put(ADDED, added);
    CallbackEvent event = decode(body, eventClass(EventSamples.command(command)));
    assertThat(event.unknownFields()).containsOnlyKeys(ADDED);
    assertThat(encode(event).getJsonObject(ADDED)).isEqualTo(added);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void eventTimeIsANumberOrANumericString(String command) {
    Class<? extends CallbackEvent> type = eventClass(EventSamples.command(command));
    boolean batch = component(type, "events") != null;
    Class<?> carrier = batch ? itemType(type) : type;
    if (component(carrier, "eventTime") == null) {
      return; // the page documents no EventTime for this command
    }
    for (Object time : List.of(1700000000123L, "1700000000123")) {
      JsonObject fields = new JsonObject().put("EventTime", time);
      JsonObject body = batch ? new JsonObject().put("Events", new JsonArray().add(fields)) : fields;
      Object decoded = decode(body, type);
      Object holder = batch ? ((List<?>) value(decoded, "events")).get(0) : decoded;
      assertThat(value(holder, "eventTime")).as(command + " from " + time.getClass().getSimpleName())
          .isEqualTo(1700000000123L);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void anAbsentListIsEmptyNotNull(String command) {
    Class<? extends CallbackEvent> type = eventClass(EventSamples.command(command));
    Object decoded = decode(new JsonObject(), type);
    for (RecordComponent c : type.getRecordComponents()) {
      if (List.class.isAssignableFrom(c.getType())) {
        assertThat((List<?>) value(decoded, c.getName())).as(c.getName()).isNotNull().isEmpty();
      }
    }
    assertThat(((JsonRecord) decoded).unknownFields()).isEqualTo(Map.of());
  }

  @Test
  void aNonNumericEventTimeIsRefused() {
    Class<? extends CallbackEvent> type = eventClass(EventSamples.command("Group.CallbackAfterGroupFull"));
    assertThatThrownBy(() -> decode(new JsonObject().put("EventTime", "yesterday"), type))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static RecordComponent component(Class<?> type, String name) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  private static Class<?> itemType(Class<?> batch) {
    java.lang.reflect.ParameterizedType list =
        (java.lang.reflect.ParameterizedType) component(batch, "events").getGenericType();
    return (Class<?>) list.getActualTypeArguments()[0];
  }

  private static Object value(Object record, String name) {
    try {
      return component(record.getClass(), name).getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}

package io.github.vertxtim.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library's one private ObjectMapper: request records to bytes, answers to result records.
 * Unknown answer fields never fail a decode: records that implement {@code JsonRecord} keep them, others skip them.
 */
public final class JsonCodec {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      // absent (null) components are not sent; a null inside a map (an unknown field's value) is kept as JSON null
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
      .addModule(vertxJson())
      .build();

  /**
   * A JsonObject's map may hold JsonObject and JsonArray values (after {@code copy()}, e.g. an answer that crossed
   * the event bus locally): write them as the JSON they stand for, not as beans.
   */
  private static SimpleModule vertxJson() {
    SimpleModule module = new SimpleModule("vertx-json");
    module.addSerializer(JsonObject.class, new JsonSerializer<>() {
      @Override
      public void serialize(JsonObject value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeObject(value.getMap());
      }
    });
    module.addSerializer(JsonArray.class, new JsonSerializer<>() {
      @Override
      public void serialize(JsonArray value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeObject(value.getList());
      }
    });
    return module;
  }

  private static final Map<JavaType, ObjectReader> STRICT_READERS = new ConcurrentHashMap<>();

  private JsonCodec() {
  }

  /** A request body: a JsonObject as is, anything else through Jackson. */
  public static Buffer encode(Object body) {
    if (body == null) {
      return Buffer.buffer("{}");
    }
    if (body instanceof JsonObject json) {
      return json.toBuffer();
    }
    try {
      // wrap, not copy: Buffer.buffer(byte[]) would copy the bytes once more into a new heap buffer
      return BufferInternal.buffer(Unpooled.wrappedBuffer(MAPPER.writeValueAsBytes(body)));
    } catch (Exception e) {
      throw new IllegalArgumentException("Cannot encode " + body.getClass().getSimpleName() + " as JSON: " + e.getMessage(), e);
    }
  }

  /** A request record as a JsonObject (to add fields such as MsgRandom, or to send it over the event bus). */
  @SuppressWarnings("unchecked")
  public static JsonObject toJsonObject(Object body) {
    if (body == null) {
      return new JsonObject();
    }
    if (body instanceof JsonObject json) {
      return json;
    }
    return new JsonObject(MAPPER.convertValue(body, Map.class));
  }

  /** An item as a value a JsonArray holds: strings and numbers as they are, objects and records as JsonObject. */
  @SuppressWarnings("unchecked")
  public static Object toJsonValue(Object item) {
    if (item == null || item instanceof String || item instanceof Number || item instanceof Boolean
        || item instanceof JsonObject) {
      return item;
    }
    Object tree = MAPPER.convertValue(item, Object.class);
    return tree instanceof Map<?, ?> m ? new JsonObject((Map<String, Object>) m) : tree;
  }

  /** A parser over the buffer's bytes, without copying them when the buffer is backed by an array. */
  static JsonParser parser(Buffer body) throws IOException {
    ByteBuf buf = ((BufferInternal) body).getByteBuf();
    if (buf.hasArray()) {
      return MAPPER.createParser(buf.array(), buf.arrayOffset() + buf.readerIndex(), buf.readableBytes());
    }
    return MAPPER.createParser(body.getBytes());
  }

  static ObjectReader reader(JavaType type) {
    return MAPPER.readerFor(type);
  }

  public static JavaType type(Type type) {
    return MAPPER.getTypeFactory().constructType(type);
  }

  /** An answer as a result record. */
  public static <T> T decode(JsonObject answer, JavaType type) {
    return MAPPER.convertValue(answer.getMap(), type);
  }

  /**
   * A JSON object straight from its bytes into a record, in one pass: no JsonObject in between, whose parse and
   * conversion took half of the callback receiver's event-loop samples. Content after the object fails, as it
   * does for {@code new JsonObject(buffer)}.
   */
  public static <T> T decode(Buffer json, JavaType type) throws IOException {
    ObjectReader reader = STRICT_READERS.computeIfAbsent(type,
        t -> MAPPER.readerFor(t).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    try (JsonParser p = parser(json)) {
      return reader.readValue(p);
    }
  }
}

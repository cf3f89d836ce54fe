package io.github.vertxtim.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.registry.Endpoint;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What an OK answer becomes, carried down to where the answer arrives so that it is decoded once: over HTTP
 * straight from the response bytes, envelope (ActionStatus, ErrorCode, ErrorInfo) and result in one pass
 * ({@link #read}); over the event bus from the answer already received ({@link #convert}).
 */
public abstract class ResultType<T> {

  /** The whole answer, envelope included, as {@code call} returns it. */
  public static final ResultType<JsonObject> JSON = new ResultType<>() {
    @Override
    public JsonObject read(Buffer body, Endpoint endpoint, boolean retrySafe) {
      return openJson(body, endpoint, retrySafe);
    }

    @Override
    public JsonObject convert(JsonObject answer) {
      return answer;
    }
  };

  /** A result record (or any type Jackson maps) decoded from the answer's fields. */
  public static <T> ResultType<T> of(Type type) {
    return new RecordType<>(JsonCodec.type(type));
  }

  /**
   * The OK answer in {@code body} as this type.
   *
   * @param retrySafe whether the endpoint may be called again after an answer we cannot read
   * @throws TimException for FAIL, or a body that is not a TIM envelope
   */
  public abstract T read(Buffer body, Endpoint endpoint, boolean retrySafe);

  /** An OK answer already parsed (and checked) elsewhere, e.g. by the admin verticle, as this type. */
  public abstract T convert(JsonObject answer);

  /**
   * The answer as a JsonObject when ActionStatus is OK; otherwise the TimException it stands for. The slow path of
   * every type, and the only path of {@link #JSON}.
   */
  static JsonObject openJson(Buffer body, Endpoint endpoint, boolean retrySafe) {
    JsonObject json;
    try {
      json = new JsonObject(body);
    } catch (RuntimeException e) {
      throw failure(TimErrorCode.INVALID_RESPONSE,
          "the answer is not a JSON object (" + body.length() + " bytes)", endpoint, retrySafe);
    }
    Object status = json.getValue("ActionStatus");
    if ("OK".equals(status)) {
      return json;
    }
    throw envelopeFailure(status, json.getValue("ErrorCode"), json.getValue("ErrorInfo"), endpoint, retrySafe);
  }

  private static TimException envelopeFailure(Object status, Object code, Object info, Endpoint endpoint,
                                              boolean retrySafe) {
    if (!"FAIL".equals(status)) {
      return failure(TimErrorCode.INVALID_RESPONSE, status == null
          ? "the answer has no ActionStatus" : "the answer has an unknown ActionStatus", endpoint, retrySafe);
    }
    if (!(code instanceof Number n)) {
      return failure(TimErrorCode.INVALID_RESPONSE, "ActionStatus FAIL without a numeric ErrorCode", endpoint,
          retrySafe);
    }
    int errorCode = n.intValue();
    boolean transientFailure = TimErrorCode.categoryOf(errorCode).isTransient();
    return new TimException(errorCode, info instanceof String s ? s : "", endpoint.service(), endpoint.command(),
        transientFailure && retrySafe, null);
  }

  private static TimException failure(TimErrorCode code, String detail, Endpoint endpoint, boolean retrySafe) {
    return new TimException(code, detail, endpoint.service(), endpoint.command(),
        code.category().isTransient() && retrySafe, null);
  }

  private static final Set<String> ENVELOPE = Set.of("ActionStatus", "ErrorCode", "ErrorInfo", "ErrorDisplay");

  /** The envelope fields read from the start of an answer object. */
  private record Head(Object status, boolean atEnd) {

    boolean ok() {
      return "OK".equals(status);
    }

    /**
     * Reads ActionStatus, ErrorCode and ErrorInfo while they come first (they do in every documented answer) and
     * stops on the first other field, leaving the parser there for the result's deserializer.
     */
    static Head prefix(JsonParser p) throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not an object");
      }
      Object status = null;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if ("ActionStatus".equals(name)) {
          p.nextToken();
          status = p.getText();
        } else if ("ErrorCode".equals(name) || "ErrorInfo".equals(name) || "ErrorDisplay".equals(name)) {
          p.nextToken();
          p.skipChildren();
        } else {
          return new Head(status, false);
        }
      }
      if (t != JsonToken.END_OBJECT) {
        throw new IOException("not an object");
      }
      return new Head(status, true);
    }
  }

  /**
   * A record decoded by Jackson from the parser left just after the envelope: the answer's bytes are read once.
   * A FAIL, a missing envelope or anything unreadable takes {@link #openJson}, which says what it was.
   */
  private static final class RecordType<T> extends ResultType<T> {

    private final JavaType type;
    private final ObjectReader reader;
    /** The record of an answer that is only the envelope; records are immutable, so one serves every call. */
    private volatile T empty;

    RecordType(JavaType type) {
      this.type = type;
      this.reader = JsonCodec.reader(type);
    }

    @Override
    public T read(Buffer body, Endpoint endpoint, boolean retrySafe) {
      try (JsonParser p = JsonCodec.parser(body)) {
        Head head = Head.prefix(p);
        if (head.ok()) {
          return head.atEnd() ? empty() : reader.readValue(p);
        }
        if (head.status() == null && !head.atEnd()) {
          // The envelope came after some result fields: the record keeps it among its unknown fields.
          T value = reader.readValue(p);
          if (value instanceof JsonRecord r && "OK".equals(r.unknownFields().get("ActionStatus"))) {
            return value;
          }
        }
      } catch (IOException | RuntimeException e) {
        // a FAIL answer whose fields do not fit the record, or not JSON: the slow path below says which
      }
      JsonObject json = openJson(body, endpoint, retrySafe);
      try {
        return convert(json);
      } catch (RuntimeException e) {
        throw failure(TimErrorCode.INVALID_RESPONSE, "the answer does not fit " + type.getRawClass().getSimpleName()
            + ": " + e.getMessage(), endpoint, retrySafe);
      }
    }

    private T empty() throws IOException {
      T e = empty;
      if (e == null) {
        empty = e = reader.readValue("{}");
      }
      return e;
    }

    /** The answer without its envelope, so the record's unknown fields are the same as over HTTP. */
    @Override
    public T convert(JsonObject answer) {
      Map<String, Object> fields = answer.getMap();
      if (!Collections.disjoint(fields.keySet(), ENVELOPE)) {
        fields = new LinkedHashMap<>(fields);
        fields.keySet().removeAll(ENVELOPE);
      }
      return JsonCodec.decode(new JsonObject(fields), type);
    }
  }
}

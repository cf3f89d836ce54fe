package io.github.vertxtim.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.vertxtim.api.account.AccountResults;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.jackson.JacksonCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * <b>Sketches, not library code</b>: the envelope-codec changes proposed in the README ("Proposed library fixes"),
 * measured on the same inputs as {@link EnvelopeBenchmark} so the saving per call can be read off side by side.
 * <ul>
 *   <li>{@code streamingOpen}: what {@code Envelope.open} does, but parsing with Vert.x's streaming
 *       {@link JacksonCodec} instead of the databind codec that {@code new JsonObject(Buffer)} picks whenever
 *       jackson-databind is on the class path (it is: the library depends on it);</li>
 *   <li>{@code streamingEncode}: {@code JsonCodec.encode(JsonObject)} through the streaming codec instead of
 *       {@code JsonObject.toBuffer()} (databind);</li>
 *   <li>{@code typedFromBytes}: the typed family's answer read straight from the bytes (envelope head by a streaming
 *       scan, then {@code ObjectReader.readValue(bytes)}) instead of bytes → JsonObject → {@code convertValue}.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ProposedFixBenchmark {

  private static final JacksonCodec STREAMING = new JacksonCodec();
  /** Configured like the library's private mapper (JsonCodec). */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final ObjectReader RESULTS = MAPPER.readerFor(AccountResults.class);
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  @Param({"small", "large"})
  public String size;

  private Buffer answer;
  private byte[] answerBytes;
  private JsonObject body;

  @Setup
  public void setUp() {
    EnvelopeBenchmark same = new EnvelopeBenchmark();
    same.size = size;
    same.setUp();
    int n = "small".equals(size) ? 1 : 100;
    JsonArray checks = new JsonArray();
    for (int i = 0; i < n; i++) {
      checks.add(new JsonObject().put("UserID", n == 1 ? "user1" : "user_" + String.format("%05d", i)));
    }
    body = new JsonObject().put("CheckItem", checks);
    answerBytes = same.open().toBuffer().getBytes();
    answer = Buffer.buffer(answerBytes);
    // the sketches must give what the library gives
    if (!streamingOpen().equals(same.open()) || !typedFromBytes().equals(same.openTyped())
        || !streamingEncode().toJsonObject().equals(body)) {
      throw new IllegalStateException("a sketch disagrees with the library");
    }
  }

  @Benchmark
  @SuppressWarnings("unchecked")
  public JsonObject streamingOpen() {
    JsonObject json = new JsonObject(STREAMING.fromBuffer(answer, Map.class));
    if (!"OK".equals(json.getValue("ActionStatus")) || !(json.getValue("ErrorCode") instanceof Number)) {
      throw new IllegalStateException("not OK");
    }
    return json;
  }

  @Benchmark
  public Buffer streamingEncode() {
    return STREAMING.toBuffer(body, false);
  }

  @Benchmark
  public AccountResults typedFromBytes() {
    try {
      String status = null;
      int code = -1;
      try (JsonParser p = FACTORY.createParser(answerBytes)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw new IllegalStateException("not an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME && (status == null || code < 0)) {
          String name = p.currentName();
          p.nextToken();
          if ("ActionStatus".equals(name)) {
            status = p.getText();
          } else if ("ErrorCode".equals(name)) {
            code = p.getIntValue();
          } else {
            p.skipChildren();
          }
        }
      }
      if (!"OK".equals(status)) {
        throw new IllegalStateException("not OK: " + code);
      }
      return RESULTS.readValue(answerBytes);
    } catch (IOException e) {
      throw new IllegalStateException(new String(answerBytes, StandardCharsets.UTF_8), e);
    }
  }
}

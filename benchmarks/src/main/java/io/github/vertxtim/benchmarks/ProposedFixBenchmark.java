package io.github.vertxtim.benchmarks;

import io.vertx.core.buffer.Buffer;
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

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * <b>Sketches, not library code</b>: the envelope-codec changes proposed in the README ("Proposed library fixes")
 * and not applied yet, measured on the same inputs as {@link EnvelopeBenchmark} so the saving per call can be read
 * off side by side. (The typed answer read straight from the bytes, proposed fix 3, is the library's
 * {@code ResultType.of(type).read} now: {@code EnvelopeBenchmark.readTyped}.)
 * <ul>
 *   <li>{@code streamingOpen}: what {@code ResultType.JSON.read} does, but parsing with Vert.x's streaming
 *       {@link JacksonCodec} instead of the databind codec that {@code new JsonObject(Buffer)} picks whenever
 *       jackson-databind is on the class path (it is: the library depends on it);</li>
 *   <li>{@code streamingEncode}: {@code JsonCodec.encode(JsonObject)} through the streaming codec instead of
 *       {@code JsonObject.toBuffer()} (databind).</li>
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

  @Param({"small", "large"})
  public String size;

  private Buffer answer;
  private JsonObject body;

  @Setup
  public void setUp() {
    EnvelopeBenchmark same = new EnvelopeBenchmark();
    same.size = size;
    same.setUp();
    AccountCheckFixture fixture = "small".equals(size) ? Fixtures.ONE_ACCOUNT
        : AccountCheckFixture.of(Fixtures.MAX_ACCOUNTS);
    body = fixture.body();
    answer = Buffer.buffer(fixture.answerBytes());
    // the sketches must give what the library gives
    if (!streamingOpen().equals(same.readJson()) || !streamingEncode().toJsonObject().equals(body)) {
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
}

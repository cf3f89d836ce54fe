package io.github.vertxtim.benchmarks;

import com.fasterxml.jackson.databind.JavaType;
import com.tencentcloudapi.im.JSON;
import com.tencentcloudapi.im.model.AccountCheckResponse;
import io.github.vertxtim.api.account.CheckAccountsResult;
import io.github.vertxtim.internal.JsonCodec;
import io.github.vertxtim.internal.ResultType;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
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

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The answer decoders and request encoders on a small exchange (account_check of 1 account, 142-byte answer) and a
 * large one (account_check of 100 accounts, the endpoint's maximum, 8,367-byte answer):
 * <ul>
 *   <li>{@code readJson}: {@code ResultType.JSON.read}, what {@code call} does with an answer (bytes to the OK
 *       answer's JsonObject, ActionStatus checked);</li>
 *   <li>{@code readTyped}: {@code ResultType.of(CheckAccountsResult.class).read}, what the typed family does: envelope
 *       and record read from the bytes in one pass;</li>
 *   <li>{@code readTypedThreePass}: what the typed family did before that (bytes to JsonObject, ActionStatus checked,
 *       then {@code JsonCodec.decode}: Map to TokenBuffer to record), kept to show the difference;</li>
 *   <li>{@code officialDecode}: the official SDK's Gson path (body bytes to String, then {@code JSON.deserialize}
 *       with its validating type adapters);</li>
 *   <li>{@code encodeJson}, {@code encodeTyped}, {@code officialEncode}: the request body to bytes.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EnvelopeBenchmark {

  private static final ResultType<CheckAccountsResult> ACCOUNT_RESULTS = ResultType.of(CheckAccountsResult.class);
  private static final JavaType ACCOUNT_RESULTS_TYPE = JsonCodec.type(CheckAccountsResult.class);

  @Param({"small", "large"})
  public String size;

  private Endpoint endpoint;
  private Buffer answer;
  private byte[] answerBytes;
  private JsonObject body;
  private io.github.vertxtim.api.account.CheckAccountsRequest typedBody;
  private com.tencentcloudapi.im.model.AccountCheckRequest officialBody;

  @Setup
  public void setUp() {
    new JSON(); // the SDK's static Gson is set up by this constructor (its ApiClient calls it)
    AccountCheckFixture fixture = "small".equals(size) ? Fixtures.ONE_ACCOUNT
        : AccountCheckFixture.of(Fixtures.MAX_ACCOUNTS);
    answerBytes = fixture.answerBytes();
    answer = Buffer.buffer(answerBytes);
    endpoint = EndpointRegistry.defaultRegistry().get(Fixtures.SERVICE, Fixtures.COMMAND);
    body = fixture.body();
    typedBody = fixture.request();
    officialBody = fixture.officialRequest();
    // sanity: every decoder gives the same answer
    CheckAccountsResult typed = readTyped();
    // (items only: the three-pass decode also keeps the envelope among the record's unknown fields)
    if (!typed.items().equals(readTypedThreePass().items()) || typed.items().size() != fixture.accounts()
        || readJson().getJsonArray("ResultItem").size() != fixture.accounts()
        || officialDecode().getResultItem().size() != fixture.accounts()) {
      throw new IllegalStateException("decoders disagree");
    }
  }

  @Benchmark
  public JsonObject readJson() {
    return ResultType.JSON.read(answer, endpoint, true);
  }

  @Benchmark
  public CheckAccountsResult readTyped() {
    return ACCOUNT_RESULTS.read(answer, endpoint, true);
  }

  @Benchmark
  public CheckAccountsResult readTypedThreePass() {
    JsonObject json = new JsonObject(answer);
    if (!"OK".equals(json.getValue("ActionStatus"))) {
      throw new IllegalStateException("not OK");
    }
    return JsonCodec.decode(json, ACCOUNT_RESULTS_TYPE);
  }

  @Benchmark
  public AccountCheckResponse officialDecode() {
    return JSON.deserialize(new String(answerBytes, StandardCharsets.UTF_8), AccountCheckResponse.class);
  }

  @Benchmark
  public Buffer encodeJson() {
    return JsonCodec.encode(body);
  }

  @Benchmark
  public Buffer encodeTyped() {
    return JsonCodec.encode(typedBody);
  }

  @Benchmark
  public byte[] officialEncode() {
    return JSON.serialize(officialBody).getBytes(StandardCharsets.UTF_8);
  }
}

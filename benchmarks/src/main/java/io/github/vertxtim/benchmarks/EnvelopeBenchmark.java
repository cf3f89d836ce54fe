package io.github.vertxtim.benchmarks;

import com.fasterxml.jackson.databind.JavaType;
import com.tencentcloudapi.im.JSON;
import com.tencentcloudapi.im.model.AccountCheckRequest;
import com.tencentcloudapi.im.model.AccountCheckRequestCheckItemInner;
import com.tencentcloudapi.im.model.AccountCheckResponse;
import io.github.vertxtim.api.account.AccountResults;
import io.github.vertxtim.impl.BenchBridge;
import io.github.vertxtim.internal.JsonCodec;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The envelope codec on a small answer (account_check of 1 account, ~130 bytes) and a large one (account_check of
 * 100 accounts, the endpoint's maximum, ~9 KB), and the matching request bodies:
 * <ul>
 *   <li>{@code open}: HTTP answer bytes to the OK answer's JsonObject, ActionStatus/ErrorCode checked
 *       (what {@code call} does per answer);</li>
 *   <li>{@code openTyped}: the same plus the answer mapped to the {@code AccountResults} record (typed family);</li>
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

  @Param({"small", "large"})
  public String size;

  private Endpoint endpoint;
  private JavaType resultType;
  private Object answer;
  private byte[] answerBytes;
  private JsonObject body;
  private io.github.vertxtim.api.account.AccountCheckRequest typedBody;
  private AccountCheckRequest officialBody;

  @Setup
  public void setUp() {
    new JSON(); // the SDK's static Gson is set up by this constructor (its ApiClient calls it)
    int n = "small".equals(size) ? 1 : 100;
    JsonArray items = new JsonArray();
    JsonArray checks = new JsonArray();
    List<String> ids = new ArrayList<>();
    officialBody = new AccountCheckRequest();
    for (int i = 0; i < n; i++) {
      String id = n == 1 ? "user1" : "user_" + String.format("%05d", i);
      ids.add(id);
      checks.add(new JsonObject().put("UserID", id));
      officialBody.addCheckItemItem(new AccountCheckRequestCheckItemInner().userID(id));
      items.add(new JsonObject().put("UserID", id).put("ResultCode", 0).put("ResultInfo", "")
          .put("AccountStatus", i % 3 == 0 ? "NotImported" : "Imported"));
    }
    String text = n == 1 ? StubServer.ANSWER_JSON
        : new JsonObject().put("ActionStatus", "OK").put("ErrorCode", 0).put("ErrorInfo", "")
            .put("ResultItem", items).encode();
    answerBytes = text.getBytes(StandardCharsets.UTF_8);
    answer = BenchBridge.answer(200, "OK", Buffer.buffer(answerBytes));
    endpoint = EndpointRegistry.defaultRegistry().get(Fixtures.SERVICE, Fixtures.COMMAND);
    resultType = JsonCodec.type(AccountResults.class);
    body = new JsonObject().put("CheckItem", checks);
    typedBody = io.github.vertxtim.api.account.AccountCheckRequest.of(ids);
    // sanity: every decoder sees the same n items
    if (openTyped().items().size() != n || officialDecode().getResultItem().size() != n) {
      throw new IllegalStateException("decoders disagree");
    }
  }

  @Benchmark
  public JsonObject open() {
    return BenchBridge.open(answer, endpoint, true);
  }

  @Benchmark
  public AccountResults openTyped() {
    return JsonCodec.decode(BenchBridge.open(answer, endpoint, true), resultType);
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

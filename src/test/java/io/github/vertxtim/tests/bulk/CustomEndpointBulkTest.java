package io.github.vertxtim.tests.bulk;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSources;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.Paging;
import io.github.vertxtim.registry.RetrySafety;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine needs nothing but registry data: an endpoint described in the test (not in the registry) is chunked,
 * retried and accounted for, and an offset-paged one is walked, against a stub service.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class CustomEndpointBulkTest {

  private static final String KEY = "abababababababababababababababababababababababababababababababab";
  private HttpServer server;
  private TimClient client;
  private volatile Function<JsonObject, JsonObject> answer;
  private final List<JsonObject> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger http502 = new AtomicInteger();

  @BeforeEach
  void start(Vertx vertx) {
    server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(b -> {
      JsonObject body = b.toJsonObject();
      requests.add(body);
      if (http502.getAndDecrement() > 0) {
        req.response().setStatusCode(502).end();
        return;
      }
      req.response().end(answer.apply(body).put("ActionStatus", "OK").put("ErrorCode", 0).put("ErrorInfo", "")
          .toBuffer());
    }));
    server.listen(0, "127.0.0.1").await();
    client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(1400000009L).setSecretKey(KEY)
        .setEndpoint("http://127.0.0.1:" + server.actualPort()).setMaxRetries(0));
  }

  @AfterEach
  void stop() {
    client.close().await();
    server.close().await();
  }

  private static Endpoint endpoint(RetrySafety safety, Paging paging) {
    return new Endpoint("test", "test_svc", "batch_op", 7, true, "Items", 1000, false, true, safety, paging,
        null, null);
  }

  private BulkJob<String> run(Vertx vertx, Endpoint endpoint, int n, List<BulkOutcome<String>> sink) {
    Context ctx = vertx.getOrCreateContext();
    Promise<BulkJob<String>> p = Promise.promise();
    ctx.runOnContext(v -> {
      BulkJob<String> job = client.bulk(endpoint, BulkSources.iterate(ctx, new Generated<>(n, i -> "id" + i)),
          new BulkOptions().setTemplate(new JsonObject().put("Operator", "admin"))
              .setRetryInitialBackoffMillis(5).setRetryMaxBackoffMillis(20));
      job.outcomes().handler(sink::add);
      p.complete(job);
    });
    return p.future().await();
  }

  @Test
  void chunksAtTheEndpointsLimitAndRetriesOnlyTransientItems(Vertx vertx) {
    Map<String, Integer> seen = new ConcurrentHashMap<>();
    answer = body -> {
      JsonArray results = new JsonArray();
      for (Object o : body.getJsonArray("Items")) {
        String id = (String) o;
        int times = seen.merge(id, 1, Integer::sum);
        int code = id.equals("id3") ? 70107 : id.equals("id5") && times == 1 ? 70169 : 0;
        results.add(new JsonObject().put("To_Account", id).put("ResultCode", code).put("ResultInfo", code == 0 ? "" : "x"));
      }
      return new JsonObject().put("ResultItem", results);
    };
    List<BulkOutcome<String>> outcomes = new CopyOnWriteArrayList<>();
    BulkSummary summary = run(vertx, endpoint(RetrySafety.SAFE, null), 30, outcomes).summary().await();

    assertThat(requests).allSatisfy(r -> {
      assertThat(r.getJsonArray("Items").size()).isBetween(1, 7);
      assertThat(r.getString("Operator")).isEqualTo("admin");
    });
    assertThat(summary.items()).isEqualTo(30);
    assertThat(summary.ok()).isEqualTo(29);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.failuresByCode()).containsEntry(70107, 1L);
    assertThat(seen.get("id3")).isEqualTo(1);
    assertThat(seen.get("id5")).isEqualTo(2);
    assertThat(outcomes).hasSize(30);
    BulkOutcome<String> id5 = outcomes.stream().filter(o -> o.item().equals("id5")).findFirst().orElseThrow();
    assertThat(id5.ok()).isTrue();
    assertThat(id5.attempts()).isEqualTo(2);
  }

  @Test
  void aFailureThatNamesNoItemFailsTheUnkeyedItemsInsteadOfCountingThemOk(Vertx vertx) {
    answer = body -> new JsonObject().put("ErrorList", new JsonArray().add(new JsonObject().put("ErrorCode", 60015)));
    Context ctx = vertx.getOrCreateContext();
    Promise<BulkJob<JsonObject>> p = Promise.promise();
    ctx.runOnContext(v -> p.complete(client.bulk(endpoint(RetrySafety.SAFE, null),
        BulkSources.iterate(ctx, new Generated<>(3, i -> new JsonObject().put("x", i))), new BulkOptions())));
    BulkSummary summary = p.future().await().summary().await();
    assertThat(summary.ok()).isZero();
    assertThat(summary.failed()).isEqualTo(3);
    assertThat(summary.failuresByCode()).containsEntry(60015, 3L);
  }

  @Test
  void aSourceThatFailsEndsTheJobWithEveryItemReadAccountedFor(Vertx vertx) {
    answer = body -> new JsonObject();
    Context ctx = vertx.getOrCreateContext();
    Promise<BulkJob<String>> p = Promise.promise();
    java.util.Iterator<String> failing = new java.util.Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public String next() {
        if (i == 10) {
          throw new IllegalStateException("source broke");
        }
        return "id" + i++;
      }
    };
    ctx.runOnContext(v -> p.complete(client.bulk(endpoint(RetrySafety.SAFE, null), BulkSources.iterate(ctx, failing),
        new BulkOptions())));
    BulkSummary summary = p.future().await().summary().await();
    assertThat(summary.items()).isEqualTo(10);
    assertThat(summary.ok()).isEqualTo(10);
    assertThat(summary.sourceError()).hasMessage("source broke");
    assertThat(summary.allOk()).isFalse();
  }

  @Test
  void anUnsafeEndpointIsNeverSentTwice(Vertx vertx) {
    answer = body -> new JsonObject();
    http502.set(1);
    List<BulkOutcome<String>> outcomes = new CopyOnWriteArrayList<>();
    BulkSummary summary = run(vertx, endpoint(RetrySafety.UNSAFE, null), 7, outcomes).summary().await();
    assertThat(requests).hasSize(1);
    assertThat(summary.failed()).isEqualTo(7);
    assertThat(summary.failuresByCode()).containsOnlyKeys(-3);
    assertThat(outcomes).allMatch(o -> o.status() == BulkOutcome.Status.FAILED && o.attempts() == 1);
  }

  @Test
  void aSafeEndpointRetriesAWholeFailedChunk(Vertx vertx) {
    answer = body -> new JsonObject();
    http502.set(2);
    List<BulkOutcome<String>> outcomes = new CopyOnWriteArrayList<>();
    BulkSummary summary = run(vertx, endpoint(RetrySafety.SAFE, null), 7, outcomes).summary().await();
    assertThat(requests).hasSize(3);
    assertThat(summary.ok()).isEqualTo(7);
    assertThat(outcomes).allMatch(o -> o.attempts() == 3);
  }

  @Test
  void endpointsWithoutAnItemListAreRefused() {
    Endpoint plain = new Endpoint("test", "test_svc", "single", 1, true, null, 100, false, true, RetrySafety.SAFE, null,
        null, null);
    assertThatThrownBy(() -> client.bulk(plain, BulkSources.iterate(null, new Generated<>(1, i -> "x")),
        new BulkOptions())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test_svc/single");
    assertThatThrownBy(() -> client.bulk("im_open_login_svc", "kick", List.of("a"), new BulkOptions()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void offsetPagingWalksAnEndpointDescribedOnlyByData(Vertx vertx) {
    int total = 23;
    answer = body -> {
      int offset = body.getInteger("Offset", 0);
      int limit = body.getInteger("Limit");
      JsonArray members = new JsonArray();
      for (int i = offset; i < Math.min(total, offset + limit); i++) {
        members.add(new JsonObject().put("Member_Account", "m" + i));
      }
      return new JsonObject().put("MemberNum", total).put("MemberList", members);
    };
    Endpoint paged = endpoint(RetrySafety.SAFE, Paging.parse("items=MemberList;offset=Offset;total=MemberNum"));
    List<String> got = new ArrayList<>();
    Promise<Void> end = Promise.promise();
    ReadStream<JsonObject> pages = client.pages(paged, new JsonObject().put("GroupId", "g1").put("Limit", 5));
    pages.endHandler(v -> end.complete());
    pages.exceptionHandler(end::fail);
    pages.handler(m -> got.add(m.getString("Member_Account")));
    end.future().await();
    Set<String> unique = new HashSet<>(got);
    assertThat(got).hasSize(total);
    assertThat(unique).hasSize(total);
    assertThat(requests).hasSize(5);
    assertThat(requests).allMatch(r -> r.getString("GroupId").equals("g1"));
    assertThat(requests.get(4).getInteger("Offset")).isEqualTo(20);
  }
}

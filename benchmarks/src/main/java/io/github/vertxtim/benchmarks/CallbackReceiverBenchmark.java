package io.github.vertxtim.benchmarks;

import io.github.vertxtim.callback.CallbackAnswer;
import io.github.vertxtim.callback.CallbackSignature;
import io.github.vertxtim.callback.TimCallbackReceiver;
import io.github.vertxtim.callback.TimCallbackReceiverOptions;
import io.github.vertxtim.callback.event.c2c.C2cAfterSendMsgEvent;
import io.github.vertxtim.callback.event.c2c.C2cBeforeSendMsgEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Callbacks per second that ONE server event loop verifies (SdkAppid, Sign, RequestTime), decodes into the typed
 * event record and answers, against a bare Vert.x Web handler on the same loop that answers OK without reading the
 * query or parsing the body: the ratio of the two, in the same run, is the receiver's cost (goal ≥ 0.8×). The
 * client runs on its own event loop and keeps {@code concurrency} requests in flight over keep-alive connections.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CallbackReceiverBenchmark {

  private static final int BATCH = 256;
  private static final long APP = 1400000001L;
  private static final String TOKEN = "bench-callback-token";
  private static final String OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";
  private static final Buffer AFTER = Buffer.buffer("{\"CallbackCommand\":\"C2C.CallbackAfterSendMsg\","
      + "\"From_Account\":\"jared\",\"To_Account\":\"Jonh\",\"MsgSeq\":48374,\"MsgRandom\":2837546,"
      + "\"MsgTime\":1557481126,\"MsgKey\":\"48374_2837546_1557481126\",\"OnlineOnlyFlag\":1,\"SendMsgResult\":0,"
      + "\"ErrorInfo\":\"send msg succeed\",\"UnreadMsgNum\":7,\"MsgBody\":[{\"MsgType\":\"TIMTextElem\","
      + "\"MsgContent\":{\"Text\":\"red packet\"}}],\"CloudCustomData\":\"your cloud custom data\"}");
  private static final Buffer BEFORE = Buffer.buffer(AFTER.toString()
      .replace("C2C.CallbackAfterSendMsg", "C2C.CallbackBeforeSendMsg"));

  /** receiver-after, receiver-before: the receiver; bare: a handler that answers OK and parses nothing. */
  @Param({"bare", "receiver-after", "receiver-before"})
  public String contender;

  @Param({"16"})
  public int concurrency;

  private Vertx server;
  private Vertx client;
  private HttpClient http;
  private int port;

  @Setup(Level.Trial)
  public void setUp() {
    server = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    TimCallbackReceiver receiver = TimCallbackReceiver.create(server, new TimCallbackReceiverOptions()
        .setSdkAppId(APP).addToken(TOKEN))
        .after(C2cAfterSendMsgEvent.class, req -> Future.succeededFuture())
        .before(C2cBeforeSendMsgEvent.class, req -> Future.succeededFuture(CallbackAnswer.allow()));
    Router router = Router.router(server);
    router.post("/tim/callback").handler(receiver);
    router.post("/bare").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json").end(OK));
    HttpServer s = server.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await();
    port = s.actualPort();
    client = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    http = client.createHttpClient(new HttpClientOptions().setKeepAlive(true),
        new PoolOptions().setHttp1MaxSize(concurrency));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    client.close().await();
    server.close().await();
  }

  private String uri(String command) {
    long now = System.currentTimeMillis() / 1000;
    return "/tim/callback?SdkAppid=" + APP + "&CallbackCommand=" + command + "&contenttype=json&ClientIP=127.0.0.1"
        + "&OptPlatform=RESTAPI&Sign=" + CallbackSignature.sign(TOKEN, now) + "&RequestTime=" + now;
  }

  /** {@value #BATCH} callbacks, {@code concurrency} in flight; the score is callbacks per second. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int batch() {
    String target = switch (contender) {
      case "bare" -> uri("C2C.CallbackAfterSendMsg").replace("/tim/callback", "/bare");
      case "receiver-before" -> uri("C2C.CallbackBeforeSendMsg");
      default -> uri("C2C.CallbackAfterSendMsg");
    };
    Buffer body = contender.equals("receiver-before") ? BEFORE : AFTER;
    Promise<Integer> done = Promise.promise();
    AtomicInteger started = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    client.runOnContext(v -> {
      for (int i = 0; i < concurrency; i++) {
        next(target, body, started, finished, done);
      }
    });
    return done.future().await();
  }

  private void next(String target, Buffer body, AtomicInteger started, AtomicInteger finished, Promise<Integer> done) {
    if (started.getAndIncrement() >= BATCH) {
      return;
    }
    http.request(new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port).setURI(target))
        .compose(r -> r.send(body))
        .compose(response -> response.body().map(b -> {
          if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + b);
          }
          return b.length();
        }))
        .onComplete(ar -> {
          if (ar.failed()) {
            done.tryFail(ar.cause());
            return;
          }
          if (finished.incrementAndGet() == BATCH) {
            done.tryComplete(BATCH);
          } else {
            next(target, body, started, finished, done);
          }
        });
  }
}

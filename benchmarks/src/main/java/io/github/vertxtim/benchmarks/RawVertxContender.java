package io.github.vertxtim.benchmarks;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.nio.charset.StandardCharsets;

/**
 * The ceiling: a bare Vert.x HttpClient POSTing pre-built bytes (URI with a usersig made once, body encoded once) and
 * reading the whole answer without parsing it; same pool size, same single event loop as ours. No deadline timer,
 * no JSON, no usersig handling, no retries.
 */
final class RawVertxContender implements Contender {

  private final Vertx vertx;
  private final HttpClientAgent client;
  private final Context context;
  private final RequestOptions request;
  private final Buffer body;

  RawVertxContender(int port, int poolSize, AccountCheckFixture fixture) {
    this.body = Buffer.buffer(fixture.bodyJson().getBytes(StandardCharsets.UTF_8));
    this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    this.client = vertx.httpClientBuilder()
        .with(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_1_1).setKeepAlive(true)
            .setKeepAliveTimeout(30))
        .with(new PoolOptions().setHttp1MaxSize(poolSize).setMaxWaitQueueSize(4096))
        .build();
    String uri = Fixtures.PATH + "?sdkappid=" + Fixtures.SDK_APP_ID + "&identifier=" + Fixtures.ADMIN + "&usersig="
        + Fixtures.userSig() + "&random=1234567&contenttype=json";
    this.request = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port).setURI(uri)
        .putHeader(HttpHeaders.CONTENT_TYPE, HttpHeaders.createOptimized("application/json"));
    this.context = vertx.getOrCreateContext();
  }

  @Override
  public void launch(Runnable firstSends) {
    context.runOnContext(v -> firstSends.run());
  }

  @Override
  public void send(long t0, Pump pump) {
    client.request(request)
        .compose(req -> req.send(body))
        .compose(RawVertxContender::body)
        .onComplete(ar -> pump.done(t0, ar.cause()));
  }

  private static Future<Buffer> body(HttpClientResponse resp) {
    return resp.statusCode() == 200 ? resp.body() : Future.failedFuture("HTTP " + resp.statusCode());
  }

  @Override
  public void close() {
    client.close().await();
    vertx.close().await();
  }

  @Override
  public String toString() {
    return "raw-vertx";
  }
}

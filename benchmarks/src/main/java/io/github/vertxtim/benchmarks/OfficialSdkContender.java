package io.github.vertxtim.benchmarks;

import com.tencentcloudapi.im.ApiCallback;
import com.tencentcloudapi.im.ApiClient;
import com.tencentcloudapi.im.ApiException;
import com.tencentcloudapi.im.api.AccountApi;
import com.tencentcloudapi.im.model.AccountCheckRequest;
import com.tencentcloudapi.im.model.AccountCheckResponse;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Tencent's official Java SDK (com.tencentcloudapi.im:tencentcloud-im-sdk-java 1.0.8), a generated OkHttp 4.9 /
 * Gson client, made as fair as its design allows:
 * <ul>
 *   <li>its defaults (2 s connect/read/write, 3 s call timeout; OkHttp's 5 requests per host, 64 in all, 5 idle
 *       connections kept) are raised on the ApiClient's own OkHttpClient ({@code newBuilder()}, which keeps its
 *       interceptors): 10 s timeouts, {@code Dispatcher.maxRequests = maxRequestsPerHost = poolSize},
 *       {@code ConnectionPool(poolSize idle, 5 min)};</li>
 *   <li><b>async</b>: {@code accountCheckAsync(random, request, callback)}; OkHttp runs each call's blocking I/O on
 *       its dispatcher's threads (at most poolSize at once), the rest wait in the dispatcher's queue;</li>
 *   <li><b>sync</b>: {@code accountCheck(random, request)} is blocking, so calls are submitted to a fixed pool of
 *       poolSize threads (one connection each) and the calls beyond that wait in the executor's queue, just as ours
 *       wait in the Vert.x pool's queue.</li>
 * </ul>
 * It signs a fresh usersig for every call ({@code ApiClient.buildLocalQueryParams}); that is its design, not
 * something a user can switch off.
 */
final class OfficialSdkContender implements Contender {

  private final boolean async;
  private final AccountApi api;
  private final ApiClient apiClient;
  private final ExecutorService executor;
  private final AccountCheckRequest request;

  OfficialSdkContender(int port, int poolSize, boolean async, AccountCheckFixture fixture) {
    this.async = async;
    this.request = fixture.officialRequest();
    apiClient = new ApiClient();
    apiClient.setBasePath("http://127.0.0.1:" + port);
    apiClient.setSdkappid((int) Fixtures.SDK_APP_ID);
    apiClient.setIdentifier(Fixtures.ADMIN);
    apiClient.setKey(Fixtures.SECRET_KEY);
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(poolSize);
    dispatcher.setMaxRequestsPerHost(poolSize);
    apiClient.setHttpClient(apiClient.getHttpClient().newBuilder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(poolSize, 5, TimeUnit.MINUTES))
        .connectTimeout(Fixtures.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
        .readTimeout(Fixtures.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
        .writeTimeout(Fixtures.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
        .callTimeout(Fixtures.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
        .build());
    api = new AccountApi(apiClient);
    if (async) {
      executor = null;
    } else {
      ThreadPoolExecutor pool = new ThreadPoolExecutor(poolSize, poolSize, 0, TimeUnit.MILLISECONDS,
          new LinkedBlockingQueue<>());
      pool.prestartAllCoreThreads();
      executor = pool;
    }
  }

  @Override
  public void send(long t0, Pump pump) throws ApiException {
    Integer random = ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE);
    if (async) {
      api.accountCheckAsync(random, request, new Callback(t0, pump));
    } else {
      executor.execute(() -> {
        try {
          api.accountCheck(random, request);
          pump.done(t0, null);
        } catch (Throwable e) {
          pump.done(t0, e);
        }
      });
    }
  }

  private record Callback(long t0, Pump pump) implements ApiCallback<AccountCheckResponse> {
    @Override
    public void onFailure(ApiException e, int statusCode, Map<String, List<String>> responseHeaders) {
      pump.done(t0, e);
    }

    @Override
    public void onSuccess(AccountCheckResponse result, int statusCode, Map<String, List<String>> responseHeaders) {
      pump.done(t0, null);
    }

    @Override
    public void onUploadProgress(long bytesWritten, long contentLength, boolean done) {
    }

    @Override
    public void onDownloadProgress(long bytesRead, long contentLength, boolean done) {
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (executor != null) {
      executor.shutdownNow();
      executor.awaitTermination(5, TimeUnit.SECONDS);
    }
    apiClient.getHttpClient().dispatcher().executorService().shutdown();
    apiClient.getHttpClient().connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return async ? "official-async" : "official-sync";
  }
}

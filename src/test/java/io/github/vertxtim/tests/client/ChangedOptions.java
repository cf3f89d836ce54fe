package io.github.vertxtim.tests.client;

import io.github.vertxtim.Region;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.metrics.TimMetricsOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.tracing.TracingPolicy;

/** Client options with a value other than the default through every setter, for copy and JSON round-trip tests. */
public final class ChangedOptions {

  public static final String KEY = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private ChangedOptions() {
  }

  public static TimClientOptions client() {
    return new TimClientOptions()
        .setSdkAppId(1_400_000_123L)
        .setAdminIdentifier("ops")
        .setSecretKey(KEY)
        .setRegion(Region.SINGAPORE)
        .setEndpoint("http://127.0.0.1:9999")
        .setPort(8443)
        .setPoolSize(3)
        .setMaxWaitQueueSize(17)
        .setTimeoutMillis(4500)
        .setKeepAliveTimeoutSeconds(11)
        .setUserSigExpireSeconds(3600)
        .setUserSigRenewAfter(0.75)
        .setMaxRetries(5)
        .setRetryInitialBackoffMillis(150)
        .setRetryMaxBackoffMillis(2500)
        .setRetryBudgetMillis(12_000)
        .setFailoverToBackupDomain(true)
        .setInsecurePlaintextHttp(true)
        .setHttpClientOptions(new HttpClientOptions().setConnectTimeout(1234).setMaxHeaderSize(16_384))
        .setMetricsOptions(new TimMetricsOptions().setEnabled(false).setRegistryName("tim-test"))
        .setTracingPolicy(TracingPolicy.ALWAYS);
  }
}

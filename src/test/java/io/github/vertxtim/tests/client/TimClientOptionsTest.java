package io.github.vertxtim.tests.client;

import io.github.vertxtim.Region;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.PemTrustOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimClientOptionsTest {

  private static final String KEY = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    vertx.close().await();
  }

  @Test
  void deadlineAtOrBelowTheServiceTimeoutIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> new TimClientOptions().setTimeoutMillis(3000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("greater than 3000");
    assertThatThrownBy(() -> new TimClientOptions(new JsonObject().put("timeoutMillis", 2000)))
        .hasMessageContaining("timeoutMillis");
    assertThat(new TimClientOptions().setTimeoutMillis(3001).getTimeoutMillis()).isEqualTo(3001);
    assertThat(TimClientOptions.DEFAULT_TIMEOUT_MILLIS).isGreaterThan(TimClientOptions.SERVER_TIMEOUT_MILLIS);
  }

  @Test
  void jsonRoundTripKeepsEveryDocumentedKey() {
    JsonObject json = new JsonObject()
        .put("sdkAppId", 1400000123L).put("adminIdentifier", "admin").put("secretKey", KEY)
        .put("region", "singapore").put("poolSize", 3).put("timeoutMillis", 4500)
        .put("endpoint", "http://127.0.0.1:9999");
    TimClientOptions o = new TimClientOptions(json);
    assertThat(o.getSdkAppId()).isEqualTo(1400000123L);
    assertThat(o.getAdminIdentifier()).isEqualTo("admin");
    assertThat(o.getRegion()).isEqualTo(Region.SINGAPORE);
    assertThat(o.getPoolSize()).isEqualTo(3);
    assertThat(o.getTimeoutMillis()).isEqualTo(4500);
    assertThat(o.getEndpoint()).isEqualTo("http://127.0.0.1:9999");
    TimClientOptions copy = new TimClientOptions(o.toJson());
    assertThat(copy.toJson()).isEqualTo(o.toJson());
    assertThat(new TimClientOptions().getAdminIdentifier()).isEqualTo("administrator");
  }

  @Test
  void everySetterSurvivesTheJsonRoundTrip() {
    TimClientOptions changed = ChangedOptions.client();
    Map<String, Object> defaults = OptionsGetters.read(new TimClientOptions());
    Map<String, Object> values = OptionsGetters.read(changed);
    // a getter still at its default would hide a key the JSON forgets
    values.forEach((getter, value) -> assertThat(value).as(getter).isNotEqualTo(defaults.get(getter)));

    assertThat(OptionsGetters.read(new TimClientOptions(changed.toJson()))).isEqualTo(values);
    assertThat(OptionsGetters.read(new TimClientOptions(changed))).isEqualTo(values);
  }

  @Test
  void defaultOptionsCanBeCopiedAndValidationWaitsForUse() {
    TimClientOptions unfinished = new TimClientOptions();
    assertThat(OptionsGetters.read(new TimClientOptions(unfinished))).isEqualTo(OptionsGetters.read(unfinished));
    assertThat(OptionsGetters.read(new TimClientOptions(unfinished.toJson())))
        .isEqualTo(OptionsGetters.read(unfinished));
    assertThatThrownBy(() -> TimClient.create(vertx, new TimClientOptions(unfinished)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sdkAppId");
  }

  @Test
  void aCopyKeepsTrustOptionsThatJsonCannotCarry() {
    PemTrustOptions trust = new PemTrustOptions().addCertValue(Buffer.buffer("not a real cert"));
    TimClientOptions options = new TimClientOptions().setSdkAppId(1)
        .setHttpClientOptions(new HttpClientOptions().setTrustOptions(trust));

    TimClientOptions copy = new TimClientOptions(options);

    assertThat(copy.getHttpClientOptions()).isNotSameAs(options.getHttpClientOptions());
    assertThat(copy.getHttpClientOptions().getTrustOptions()).isInstanceOf(PemTrustOptions.class).isEqualTo(trust);
  }

  @Test
  void toStringNeverShowsTheSecretKey() {
    TimClientOptions o = new TimClientOptions().setSdkAppId(1).setSecretKey(KEY);
    assertThat(o.toString()).doesNotContain(KEY).contains("***");
    TimClient client = TimClient.create(vertx, o.setEndpoint("http://127.0.0.1:1"));
    assertThat(client.toString()).doesNotContain(KEY);
    client.close();
  }

  @Test
  void missingOrBadSettingsFailAtConstruction() {
    assertThatThrownBy(() -> TimClient.create(vertx, new TimClientOptions().setSecretKey(KEY)))
        .hasMessageContaining("sdkAppId");
    assertThatThrownBy(() -> TimClient.create(vertx, new TimClientOptions().setSdkAppId(1)))
        .hasMessageContaining("secretKey");
    assertThatThrownBy(() -> new TimClientOptions().setEndpoint("ftp://x"))
        .hasMessageContaining("endpoint");
    assertThatThrownBy(() -> new TimClientOptions().setPoolSize(0)).hasMessageContaining("poolSize");
    assertThatThrownBy(() -> Region.parse("mars")).hasMessageContaining("SINGAPORE");
  }

  @Test
  void plainHttpIsOnlyForLoopbackOrAnExplicitOptIn() {
    TimClientOptions remote = new TimClientOptions().setSdkAppId(1).setSecretKey(KEY)
        .setEndpoint("http://example.com");
    assertThatThrownBy(() -> TimClient.create(vertx, remote))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clear text");
    TimClient.create(vertx, new TimClientOptions(remote).setInsecurePlaintextHttp(true)).close();
    TimClient.create(vertx, new TimClientOptions(remote).setEndpoint("http://localhost:8080")).close();
    TimClient.create(vertx, new TimClientOptions(remote).setEndpoint("https://example.com")).close();
  }

  @Test
  void everyCatalogRegionHasPrimaryAndBackupDomains() {
    assertThat(Region.values()).hasSize(9);
    assertThat(Region.CHINA.host()).isEqualTo("console.tim.qq.com");
    assertThat(Region.SILICON_VALLEY.backupHost()).isEqualTo("adminapiusa.my-imcloud.com");
    assertThat(Region.parse("silicon-valley")).isEqualTo(Region.SILICON_VALLEY);
    for (Region r : Region.values()) {
      assertThat(r.backupHost()).endsWith(".my-imcloud.com");
    }
  }
}

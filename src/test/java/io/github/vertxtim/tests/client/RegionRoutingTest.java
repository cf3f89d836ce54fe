package io.github.vertxtim.tests.client;

import io.github.vertxtim.api.account.ImportAccountRequest;
import io.github.vertxtim.Region;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.account.Account;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.dns.AddressResolverOptions;
import io.vertx.junit5.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Real region domain names, mapped to loopback through Vert.x's hosts file: the client picks the region's domain,
 * and fails over to the backup domain when the primary cannot be reached.
 */
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class RegionRoutingTest {

  private Vertx vertx;
  private EmulatorFixture fixture;

  @BeforeEach
  void start() {
    // 127.0.0.2 is loopback too, but the emulator listens on 127.0.0.1 only: connections there are refused.
    String hosts = String.join("\n",
        "127.0.0.1 " + Region.SINGAPORE.host(),
        "127.0.0.2 " + Region.TOKYO.host(),
        "127.0.0.1 " + Region.TOKYO.backupHost(),
        "127.0.0.2 " + Region.SEOUL.host(),
        "127.0.0.2 " + Region.SEOUL.backupHost()) + "\n";
    vertx = Vertx.vertx(new VertxOptions().setAddressResolverOptions(
        new AddressResolverOptions().setHostsValue(Buffer.buffer(hosts))));
    fixture = EmulatorFixture.start(vertx).await();
  }

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  private TimClientOptions regionOptions(Region region) {
    return new TimClientOptions().setSdkAppId(EmulatorFixture.SDK_APP_ID)
        .setSecretKey(fixture.emulator.options().getSecretKey())
        .setRegion(region).setPort(fixture.emulator.port())
        // the emulator speaks http; a real region is https only
        .setInsecurePlaintextHttp(true)
        .setMaxRetries(0);
  }

  @Test
  void requestsGoToTheRegionsDomain() {
    TimClient client = TimClient.create(vertx, regionOptions(Region.SINGAPORE));
    client.accounts().importAccount(ImportAccountRequest.of("sg-user")).await();
    assertThat(fixture.emulator.stats().lastHost()).startsWith("adminapisgp.im.qcloud.com");
    assertThat(fixture.emulator.state().hasAccount("sg-user")).isTrue();
    client.close().await();
  }

  @Test
  void unreachablePrimaryFailsOverToTheBackupDomainWhenEnabled() {
    TimClient withFailover = TimClient.create(vertx, regionOptions(Region.TOKYO).setFailoverToBackupDomain(true));
    withFailover.accounts().importAccount(ImportAccountRequest.of("jp-user")).await();
    assertThat(fixture.emulator.stats().lastHost()).startsWith(Region.TOKYO.backupHost());
    withFailover.close().await();

    TimClient without = TimClient.create(vertx, regionOptions(Region.TOKYO));
    assertThatThrownBy(() -> without.accounts().importAccount(ImportAccountRequest.of("jp-user-2")).await())
        .isInstanceOfSatisfying(TimException.class,
            e -> assertThat(e.code()).contains(TimErrorCode.NETWORK_ERROR));
    without.close().await();
  }

  @Test
  void bothDomainsDownIsANetworkError() {
    TimClient client = TimClient.create(vertx, regionOptions(Region.SEOUL).setFailoverToBackupDomain(true));
    assertThatThrownBy(() -> client.accounts().importAccount(ImportAccountRequest.of("kr")).await())
        .isInstanceOfSatisfying(TimException.class, e -> {
          assertThat(e.code()).contains(TimErrorCode.NETWORK_ERROR);
          assertThat(e.isRetryable()).isTrue();
        });
    client.close().await();
  }
}

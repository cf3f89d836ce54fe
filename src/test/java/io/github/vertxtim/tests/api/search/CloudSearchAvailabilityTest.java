package io.github.vertxtim.tests.api.search;

import io.github.vertxtim.Region;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.search.SearchGroupsRequest;
import io.github.vertxtim.emulator.EmulatorFeature;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.TimEmulatorImpl;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.dns.AddressResolverOptions;
import io.vertx.junit5.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where and how often cloud search answers: only on the China and Singapore domains (60020 elsewhere), at most 2
 * calls per second (60007), and 60020 when the feature is switched off. Region domains are mapped to loopback
 * through Vert.x's hosts file, as the region routing tests do; the emulator's clock is manual.
 */
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class CloudSearchAvailabilityTest {

  private final ManualClock clock = new ManualClock(System.currentTimeMillis());
  private Vertx vertx;

  @BeforeEach
  void start() {
    String hosts = "127.0.0.1 " + Region.SINGAPORE.host() + "\n127.0.0.1 " + Region.SEOUL.host() + "\n";
    vertx = Vertx.vertx(new VertxOptions().setAddressResolverOptions(
        new AddressResolverOptions().setHostsValue(Buffer.buffer(hosts))));
  }

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  private TimEmulator emulator(TimEmulatorOptions options) {
    TimEmulator e = new TimEmulatorImpl(vertx, options, clock);
    e.start().await();
    return e;
  }

  private TimClient client(TimEmulator e, Region region) {
    return TimClient.create(vertx, new TimClientOptions().setSdkAppId(e.options().getSdkAppId())
        .setSecretKey(e.options().getSecretKey()).setRegion(region).setPort(e.port())
        .setInsecurePlaintextHttp(true).setMaxRetries(0)
        // a fresh Vert.x on a loaded machine can take long to make its first connection
        .setTimeoutMillis(45_000));
  }

  private static int code(Runnable call) {
    try {
      call.run();
      return 0;
    } catch (TimException e) {
      return e.errorCode();
    }
  }

  @Test
  void servedInSingaporeNotInSeoulAndAtMostTwiceASecond() {
    TimEmulator e = emulator(new TimEmulatorOptions());
    TimClient singapore = client(e, Region.SINGAPORE);
    TimClient seoul = client(e, Region.SEOUL);
    SearchGroupsRequest any = SearchGroupsRequest.of(List.of("x"), 10);

    assertThat(singapore.cloudSearch().searchGroups(any).await().isFinish()).isTrue();
    assertThat(e.stats().lastHost()).startsWith(Region.SINGAPORE.host());
    assertThat(code(() -> seoul.cloudSearch().searchGroups(any).await())).isEqualTo(60020);
    // the Seoul call took the window's second call: a third within the same second is over the rate
    assertThat(code(() -> singapore.cloudSearch().searchGroups(any).await())).isEqualTo(60007);
    clock.advance(Duration.ofSeconds(1));
    assertThat(code(() -> singapore.cloudSearch().searchGroups(any).await())).isZero();
    e.close().await();
  }

  @Test
  void switchedOffAnswers60020() {
    TimEmulator e = emulator(new TimEmulatorOptions().setFeatureEnabled(EmulatorFeature.CLOUD_SEARCH, false));
    TimClient singapore = client(e, Region.SINGAPORE);
    assertThatThrownBy(() -> singapore.cloudSearch().searchGroups(SearchGroupsRequest.of(List.of("x"), 10)).await())
        .isInstanceOfSatisfying(TimException.class, x -> assertThat(x.errorCode()).isEqualTo(60020));
    e.close().await();
  }
}

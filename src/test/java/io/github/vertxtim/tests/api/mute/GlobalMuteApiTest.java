package io.github.vertxtim.tests.api.mute;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.mute.GetNoSpeakingRequest;
import io.github.vertxtim.api.mute.GetNoSpeakingResult;
import io.github.vertxtim.api.mute.SetNoSpeakingRequest;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Global mute through the typed API; time moves on the emulator's manual clock. */
class GlobalMuteApiTest extends FamilyTestBase {

  private final ManualClock clock = new ManualClock(System.currentTimeMillis());

  @Override
  protected EmulatorClock emulatorClock() {
    return clock;
  }

  @BeforeEach
  void importUsers() {
    client.accounts();   // bound on the test thread: a JVM's first binding builds readers, slow for a loop
    client.globalMute();
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(List.of(Account.of("alice"),
        Account.of("bob")))));
  }

  private GetNoSpeakingResult get(String userId) {
    return await(() -> client.globalMute().getNoSpeaking(new GetNoSpeakingRequest(userId)));
  }

  @Test
  void setThenGetRoundTripsAndTimeRunsDown() {
    assertThat(get("alice").c2cNoSpeakingTime()).isZero();
    await(() -> client.globalMute().setNoSpeaking(new SetNoSpeakingRequest("alice", SetNoSpeakingRequest.FOREVER,
        7200L)));
    GetNoSpeakingResult muted = get("alice");
    assertThat(muted.c2cNoSpeakingTime()).isEqualTo(4_294_967_295L);
    assertThat(muted.groupNoSpeakingTime()).isEqualTo(7200);

    clock.advance(Duration.ofSeconds(4));
    assertThat(get("alice").groupNoSpeakingTime()).isEqualTo(7196);   // the page's sample, 4 s later
    clock.advance(Duration.ofHours(2));
    assertThat(get("alice").groupNoSpeakingTime()).isZero();
    assertThat(get("alice").c2cNoSpeakingTime()).isEqualTo(SetNoSpeakingRequest.FOREVER);
    assertThat(get("bob").c2cNoSpeakingTime()).isZero();
  }

  @Test
  void zeroUnmutesAndAnAbsentTimeKeepsItsValue() {
    await(() -> client.globalMute().setNoSpeaking(new SetNoSpeakingRequest("bob", 600L, 900L)));
    await(() -> client.globalMute().setNoSpeaking(new SetNoSpeakingRequest("bob", SetNoSpeakingRequest.UNMUTED,
        null)));
    GetNoSpeakingResult r = get("bob");
    assertThat(r.c2cNoSpeakingTime()).isZero();
    assertThat(r.groupNoSpeakingTime()).isEqualTo(900);
  }

  @Test
  void errors() {
    awaitFailure(() -> client.globalMute().setNoSpeaking(new SetNoSpeakingRequest("nobody", 10L, null)), 20003);
    awaitFailure(() -> client.globalMute().getNoSpeaking(new GetNoSpeakingRequest("nobody")), 20003);
    assertThatThrownBy(() -> new SetNoSpeakingRequest("alice", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SetNoSpeakingRequest("alice", 4_294_967_296L, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4294967295");
    // what other clients may send
    awaitFailure(() -> client.call("openconfigsvr", "setnospeaking", new JsonObject().put("Set_Account", "alice")),
        90001);
    awaitFailure(() -> client.call("openconfigsvr", "setnospeaking", new JsonObject().put("Set_Account", "alice")
        .put("C2CmsgNospeakingTime", -1)), 90001);
    awaitFailure(() -> client.call("openconfigsvr", "setnospeaking", new JsonObject()
        .put("C2CmsgNospeakingTime", 1)), 90001);
    awaitFailure(() -> client.call("openconfigsvr", "getnospeaking", new JsonObject().put("Get_Account", 7)), 90001);
  }
}

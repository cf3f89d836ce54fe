package io.github.vertxtim.tests.emulator.shared;

import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.emulator.impl.shared.MsgRandomFilter;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A repeat of sender + target + MsgRandom is a duplicate inside the window and a new message after it. */
class MsgRandomFilterTest {

  private final ManualClock clock = new ManualClock(1_700_000_000_000L);

  @Test
  void aRepeatInsideTheWindowIsADuplicate() {
    MsgRandomFilter filter = new MsgRandomFilter(clock);
    assertThat(filter.firstSighting("alice", "bob", 42)).isTrue();
    clock.advance(Duration.ofMillis(MsgRandomFilter.DEFAULT_WINDOW_MILLIS - 1));
    assertThat(filter.firstSighting("alice", "bob", 42)).isFalse();
  }

  @Test
  void aRepeatAtTheEndOfTheWindowIsNew() {
    MsgRandomFilter filter = new MsgRandomFilter(clock);
    assertThat(filter.firstSighting("alice", "bob", 42)).isTrue();
    clock.advance(Duration.ofMillis(MsgRandomFilter.DEFAULT_WINDOW_MILLIS));
    assertThat(filter.firstSighting("alice", "bob", 42)).isTrue();
    // the window restarts at the new sighting
    assertThat(filter.firstSighting("alice", "bob", 42)).isFalse();
  }

  @Test
  void anotherSenderTargetOrRandomIsNotADuplicate() {
    MsgRandomFilter filter = new MsgRandomFilter(clock);
    assertThat(filter.firstSighting("alice", "bob", 42)).isTrue();
    assertThat(filter.firstSighting("carol", "bob", 42)).isTrue();
    assertThat(filter.firstSighting("alice", "dave", 42)).isTrue();
    assertThat(filter.firstSighting("alice", "bob", 4_294_967_295L)).isTrue();
    assertThat(filter.firstSighting("alice", "bob", 42)).isFalse();
  }

  @Test
  void staysWithinItsBoundAndPrunesExpiredSightings() {
    MsgRandomFilter filter = new MsgRandomFilter(clock, 1_000, 3);
    for (int r = 0; r < 3; r++) {
      assertThat(filter.firstSighting("alice", "bob", r)).isTrue();
    }
    // full, nothing expired: the send passes unrecorded, so a repeat of it is not caught, and the bound holds
    assertThat(filter.firstSighting("alice", "bob", 99)).isTrue();
    assertThat(filter.firstSighting("alice", "bob", 99)).isTrue();
    assertThat(filter.size()).isEqualTo(3);
    assertThat(filter.firstSighting("alice", "bob", 0)).isFalse();

    clock.advance(Duration.ofSeconds(1));
    assertThat(filter.firstSighting("alice", "bob", 99)).isTrue();
    assertThat(filter.size()).isEqualTo(1);
    assertThat(filter.firstSighting("alice", "bob", 99)).isFalse();
  }
}

package io.github.vertxtim.tests.emulator.shared;

import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.emulator.impl.shared.MsgRandomFilter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MsgRandomFilter.once: a repeat within the window gets the first outcome without running again. */
class MsgRandomFilterOnceTest {

  private final ManualClock clock = new ManualClock(5_000);
  private final MsgRandomFilter filter = new MsgRandomFilter(clock, 120_000, 100);
  private final AtomicInteger runs = new AtomicInteger();

  private String send() {
    return "key" + runs.incrementAndGet();
  }

  @Test
  void aRepeatGetsTheFirstOutcome() {
    assertThat(filter.once("a", "b", 7, this::send)).isEqualTo("key1");
    clock.advance(Duration.ofSeconds(119));
    assertThat(filter.once("a", "b", 7, this::send)).isEqualTo("key1");
    assertThat(filter.once("a", "c", 7, this::send)).as("another target").isEqualTo("key2");
    assertThat(filter.once("a", "b", 8, this::send)).as("another MsgRandom").isEqualTo("key3");
    clock.advance(Duration.ofSeconds(1));
    assertThat(filter.once("a", "b", 7, this::send)).as("the window has passed").isEqualTo("key4");
  }

  @Test
  void aRefusedSendRecordsNothing() {
    assertThatThrownBy(() -> filter.once("a", "b", 1, () -> {
      throw new EmulatorError(20007, "blocked");
    })).isInstanceOf(EmulatorError.class);
    assertThat(filter.once("a", "b", 1, this::send)).isEqualTo("key1");
  }

  @Test
  void aFullFilterDropsExpiredOutcomesAndThenLetsSendsThrough() {
    MsgRandomFilter small = new MsgRandomFilter(clock, 1_000, 2);
    small.once("a", "b", 1, this::send);
    small.once("a", "b", 2, this::send);
    assertThat(small.once("a", "b", 3, this::send)).as("full, nothing expired: not recorded").isEqualTo("key3");
    assertThat(small.once("a", "b", 3, this::send)).isEqualTo("key4");
    clock.advance(Duration.ofSeconds(2));
    assertThat(small.once("a", "b", 3, this::send)).isEqualTo("key5");
    assertThat(small.once("a", "b", 3, this::send)).as("recorded after the expired ones were dropped")
        .isEqualTo("key5");
  }
}

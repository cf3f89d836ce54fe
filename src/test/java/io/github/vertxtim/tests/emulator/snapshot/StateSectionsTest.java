package io.github.vertxtim.tests.emulator.snapshot;

import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.TimEmulatorImpl;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new family cannot be left out of snapshots: every field EmulatorStateImpl holds is a {@link StateSection} in
 * its list of sections, except the few that are not state (listed here, each with why).
 */
class StateSectionsTest {

  /** Fields of EmulatorStateImpl that are not state a snapshot must keep. */
  private static final Map<String, String> NOT_STATE = Map.of(
      "clock", "time is the machine's (or the test's ManualClock), not the emulator's",
      "options", "configuration, given again to the new emulator",
      "hooks", "wiring between families, rebuilt by the constructor",
      "cloudBlocks", "wiring to the callback stage, set again by the new emulator's request processor",
      "sections", "the list itself");

  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    vertx.close().await();
  }

  @Test
  void everyStateFieldIsASectionAndEverySectionHasItsOwnName() throws Exception {
    Object state = new TimEmulatorImpl(vertx, new TimEmulatorOptions(), EmulatorClock.system()).state();
    List<StateSection> sections = sections(state);

    Set<Object> listed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    listed.addAll(sections);
    List<String> missing = new ArrayList<>();
    for (Field f : state.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) || NOT_STATE.containsKey(f.getName())) {
        continue;
      }
      f.setAccessible(true);
      Object value = f.get(state);
      if (!(value instanceof StateSection) || !listed.contains(value)) {
        missing.add(f.getName() + " (" + f.getType().getSimpleName() + ")");
      }
    }
    assertThat(missing).as("state fields that are not in EmulatorStateImpl.sections()").isEmpty();
    assertThat(sections).hasSize(listed.size());

    Set<String> names = new HashSet<>();
    sections.forEach(s -> assertThat(names.add(s.sectionName())).as("unique name %s", s.sectionName()).isTrue());
    assertThat(names).contains("accounts", "groups", "messages", "c2c", "push-allpush", "push-timpush");
  }

  @Test
  void theFieldsLeftOutAreWhatTheyClaim() throws Exception {
    Object state = new TimEmulatorImpl(vertx, new TimEmulatorOptions(), EmulatorClock.system()).state();
    Map<String, Class<?>> expected = Map.of("clock", EmulatorClock.class, "options", TimEmulatorOptions.class,
        "hooks", MessageHooks.class, "sections", List.class);
    for (Map.Entry<String, Class<?>> e : expected.entrySet()) {
      Field f = state.getClass().getDeclaredField(e.getKey());
      assertThat(e.getValue()).as(e.getKey()).isAssignableFrom(f.getType());
    }
  }

  @SuppressWarnings("unchecked")
  static List<StateSection> sections(Object state) throws Exception {
    Method m = state.getClass().getDeclaredMethod("sections");
    m.setAccessible(true);
    return (List<StateSection>) m.invoke(state);
  }
}

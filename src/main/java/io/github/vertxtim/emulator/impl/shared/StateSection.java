package io.github.vertxtim.emulator.impl.shared;

import io.vertx.core.json.JsonObject;

/**
 * One part of the emulator's state that a snapshot saves and a reload restores. Every state object
 * {@code EmulatorStateImpl} holds is one (or is rebuilt by one), registered in its one list of sections, so a new
 * family cannot be left out of {@code clear}, a snapshot or a reload.
 *
 * <p>{@link #save} runs on the emulator's event loop, where no request is being handled, and returns JSON that
 * nobody changes afterwards (copies, or values that are never changed once stored). {@link #load} runs on an
 * empty (cleared) state before the server listens; it throws {@link IllegalArgumentException} (or any runtime
 * exception) for data it cannot read, and the caller then clears everything, so a state is never half-loaded.
 * Indexes that follow from saved data (per-user lists, reverse maps) are rebuilt by {@code load}, not saved.
 */
public interface StateSection {

  /** The section's key in the snapshot file: stable across releases, one per section. */
  String sectionName();

  JsonObject save();

  void load(JsonObject saved);

  void clear();
}

package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.emulator.EmulatorSnapshotException;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The snapshot file format: one JSON object with a format name, a {@code version}, and each {@link StateSection}'s
 * saved JSON under its name. A file of another format or version, with a section missing or unknown, or with a
 * section that does not read back, is refused with {@link EmulatorSnapshotException} and the state cleared, so it
 * is never half-loaded.
 */
final class StateSnapshot {

  static final String FORMAT = "vertx-tim-emulator-state";
  /** Raised when a section's saved form changes in a way an older reader would misread. */
  static final int VERSION = 1;

  private StateSnapshot() {
  }

  /** The state as snapshot bytes. Call it where no request is being handled (the emulator's event loop). */
  static Buffer encode(EmulatorStateImpl state, long sdkAppId, long savedAtMillis) {
    JsonObject sections = new JsonObject();
    for (StateSection s : state.sections()) {
      sections.put(s.sectionName(), s.save());
    }
    return new JsonObject().put("format", FORMAT).put("version", VERSION).put("sdkAppId", sdkAppId)
        .put("savedAtMillis", savedAtMillis).put("sections", sections).toBuffer();
  }

  /**
   * Replaces the state with the snapshot's: clears it, loads every section, and clears it again if any section
   * fails. {@code source} names the file in errors.
   */
  static void load(EmulatorStateImpl state, Buffer bytes, String source) {
    JsonObject sections = sections(bytes, source, state);
    state.clear();
    for (StateSection s : state.sections()) {
      try {
        s.load(sections.getJsonObject(s.sectionName()));
      } catch (RuntimeException e) {
        state.clear();
        throw new EmulatorSnapshotException(source + ": section \"" + s.sectionName() + "\" cannot be read: "
            + e.getMessage(), e);
      }
    }
  }

  /** The checked "sections" object of a snapshot. */
  private static JsonObject sections(Buffer bytes, String source, EmulatorStateImpl state) {
    JsonObject root;
    try {
      root = new JsonObject(bytes);
    } catch (DecodeException | ClassCastException e) {
      throw new EmulatorSnapshotException(source + " is not a JSON object (a damaged or foreign file)", e);
    }
    if (!FORMAT.equals(root.getValue("format"))) {
      throw new EmulatorSnapshotException(source + " is not an emulator state snapshot (format is not " + FORMAT + ")");
    }
    Object version = root.getValue("version");
    if (!(version instanceof Integer v) || v != VERSION) {
      throw new EmulatorSnapshotException(source + " has snapshot version " + version
          + "; this emulator reads version " + VERSION + " only");
    }
    if (!(root.getValue("sections") instanceof JsonObject sections)) {
      throw new EmulatorSnapshotException(source + " has no sections object");
    }
    Set<String> expected = new LinkedHashSet<>();
    for (StateSection s : state.sections()) {
      expected.add(s.sectionName());
      if (!(sections.getValue(s.sectionName()) instanceof JsonObject)) {
        throw new EmulatorSnapshotException(source + " lacks section \"" + s.sectionName() + "\"");
      }
    }
    for (String name : sections.fieldNames()) {
      if (!expected.contains(name)) {
        throw new EmulatorSnapshotException(source + " has an unknown section \"" + name + "\"");
      }
    }
    return sections;
  }
}

package io.github.vertxtim.emulator;

/**
 * A state file the emulator refused to load: not JSON, not an emulator snapshot, a version this emulator does not
 * read, or a section it cannot read. Nothing of the file is loaded when this is thrown.
 */
public class EmulatorSnapshotException extends RuntimeException {

  public EmulatorSnapshotException(String message) {
    super(message);
  }

  public EmulatorSnapshotException(String message, Throwable cause) {
    super(message, cause);
  }
}

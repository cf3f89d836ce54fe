package io.github.vertxtim.emulator;

import io.github.vertxtim.emulator.impl.TimEmulatorImpl;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

import java.nio.file.Path;

/**
 * A local stand-in for the TIM REST service: a Vert.x HTTP server on loopback that speaks the same wire protocol,
 * checks what the real service checks (method, URL, sdkappid, admin identifier, usersig, contenttype, JSON body),
 * keeps in-memory state, enforces per-endpoint rate limits from the endpoint registry and injects faults on demand.
 * Built from Tencent's documentation, not from what the client sends.
 */
public interface TimEmulator {

  static TimEmulator create(Vertx vertx, TimEmulatorOptions options) {
    return new TimEmulatorImpl(vertx, options);
  }

  /** The endpoints ({@code service/command}) that have a handler; the others answer 60017 "not emulated". */
  static java.util.Set<String> emulatedEndpoints() {
    return TimEmulatorImpl.emulatedEndpoints();
  }

  /** Binds the server; the Future carries the bound port. */
  Future<Integer> start();

  /** The bound port (valid after {@link #start()}). */
  int port();

  /** {@code http://host:port}, usable as a client endpoint. */
  String baseUrl();

  TimEmulatorOptions options();

  /** Replaces the fault settings while running. */
  void setFaults(EmulatorFaults faults);

  EmulatorFaults faults();

  /** Counters of what the emulator saw and answered. */
  EmulatorStats stats();

  /** The in-memory data, to seed and inspect from tests. */
  EmulatorState state();

  /**
   * Writes the whole state to {@code file} as a versioned JSON snapshot, which
   * {@link TimEmulatorOptions#setStateFile} loads into a new emulator. The state is read on the emulator's event
   * loop between two requests, so no request is half in it; the file is written on a worker thread, atomically
   * (a crash leaves the previous file). Snapshots to one emulator are written in the order asked.
   */
  Future<Void> snapshot(Path file);

  /** Closes the server; with a {@link TimEmulatorOptions#setStateFile state file}, then saves the state to it. */
  Future<Void> close();
}

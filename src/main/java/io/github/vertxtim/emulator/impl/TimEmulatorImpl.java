package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.EmulatorState;
import io.github.vertxtim.emulator.EmulatorStats;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/** Placeholder until the emulator lands (emulator helper). */
public class TimEmulatorImpl implements TimEmulator {
  public TimEmulatorImpl(Vertx vertx, TimEmulatorOptions options) { throw new UnsupportedOperationException("TODO"); }
  public Future<Integer> start() { throw new UnsupportedOperationException(); }
  public int port() { throw new UnsupportedOperationException(); }
  public String baseUrl() { throw new UnsupportedOperationException(); }
  public TimEmulatorOptions options() { throw new UnsupportedOperationException(); }
  public void setFaults(EmulatorFaults faults) { throw new UnsupportedOperationException(); }
  public EmulatorFaults faults() { throw new UnsupportedOperationException(); }
  public EmulatorStats stats() { throw new UnsupportedOperationException(); }
  public EmulatorState state() { throw new UnsupportedOperationException(); }
  public Future<Void> close() { throw new UnsupportedOperationException(); }
}

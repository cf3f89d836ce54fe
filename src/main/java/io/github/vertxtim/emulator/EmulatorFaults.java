package io.github.vertxtim.emulator;

import io.vertx.core.json.JsonObject;

/**
 * Latency and fault injection. Each ratio is the share (0..1) of requests that get that fault; the faults are
 * drawn in this order and exclude each other: connection reset, HTTP 502, ErrorCode 60007, slow answer.
 *
 * <ul>
 *   <li>reset: the connection is closed without an answer; the request has no effect;</li>
 *   <li>502: an HTTP 502 with an HTML body (a gateway error); the request has no effect;</li>
 *   <li>throttle: {@code ErrorCode 60007}; the request has no effect;</li>
 *   <li>slow: the request takes effect, then the answer trickles out over {@code slowMillis}, longer than any
 *       client deadline.</li>
 * </ul>
 */
public record EmulatorFaults(int latencyMillis, double resetRatio, double fail502Ratio, double throttleRatio,
                             double slowRatio, int slowMillis) {

  public static final int DEFAULT_SLOW_MILLIS = 10_000;
  public static final EmulatorFaults NONE = new EmulatorFaults(0, 0, 0, 0, 0, DEFAULT_SLOW_MILLIS);

  public EmulatorFaults {
    if (latencyMillis < 0) throw new IllegalArgumentException("latencyMillis must be >= 0");
    if (slowMillis < 0) throw new IllegalArgumentException("slowMillis must be >= 0");
    ratio("resetRatio", resetRatio);
    ratio("fail502Ratio", fail502Ratio);
    ratio("throttleRatio", throttleRatio);
    ratio("slowRatio", slowRatio);
    if (resetRatio + fail502Ratio + throttleRatio + slowRatio > 1.0 + 1e-9) {
      throw new IllegalArgumentException("fault ratios add up to more than 1");
    }
  }

  private static void ratio(String name, double r) {
    if (!(r >= 0 && r <= 1)) throw new IllegalArgumentException(name + " must be between 0 and 1, got " + r);
  }

  public EmulatorFaults withLatencyMillis(int v) {
    return new EmulatorFaults(v, resetRatio, fail502Ratio, throttleRatio, slowRatio, slowMillis);
  }

  public EmulatorFaults withResetRatio(double v) {
    return new EmulatorFaults(latencyMillis, v, fail502Ratio, throttleRatio, slowRatio, slowMillis);
  }

  public EmulatorFaults withFail502Ratio(double v) {
    return new EmulatorFaults(latencyMillis, resetRatio, v, throttleRatio, slowRatio, slowMillis);
  }

  public EmulatorFaults withThrottleRatio(double v) {
    return new EmulatorFaults(latencyMillis, resetRatio, fail502Ratio, v, slowRatio, slowMillis);
  }

  public EmulatorFaults withSlowRatio(double v) {
    return new EmulatorFaults(latencyMillis, resetRatio, fail502Ratio, throttleRatio, v, slowMillis);
  }

  public EmulatorFaults withSlowMillis(int v) {
    return new EmulatorFaults(latencyMillis, resetRatio, fail502Ratio, throttleRatio, slowRatio, v);
  }

  public JsonObject toJson() {
    return new JsonObject().put("latencyMillis", latencyMillis).put("resetRatio", resetRatio)
        .put("fail502Ratio", fail502Ratio).put("throttleRatio", throttleRatio)
        .put("slowRatio", slowRatio).put("slowMillis", slowMillis);
  }

  public static EmulatorFaults fromJson(JsonObject json) {
    return new EmulatorFaults(json.getInteger("latencyMillis", 0), json.getDouble("resetRatio", 0d),
        json.getDouble("fail502Ratio", 0d), json.getDouble("throttleRatio", 0d), json.getDouble("slowRatio", 0d),
        json.getInteger("slowMillis", DEFAULT_SLOW_MILLIS));
  }
}

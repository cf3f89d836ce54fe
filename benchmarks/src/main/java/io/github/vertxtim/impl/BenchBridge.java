package io.github.vertxtim.impl;

import io.github.vertxtim.registry.Endpoint;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * Lets the codec benchmarks call the library's package-private envelope code ({@link Envelope#open}) exactly as the
 * client does, without changing the library. It lives in the benchmarks jar, in the library's package (the library
 * has no module-info, so this works on the class path).
 */
public final class BenchBridge {

  private BenchBridge() {
  }

  /** An HTTP answer as the transport hands it to the envelope code. */
  public static Object answer(int status, String statusMessage, Buffer body) {
    return new Transport.Answer(status, statusMessage, body);
  }

  /** {@link Envelope#open}: the answer's JSON when ActionStatus is OK, else a TimException. */
  public static JsonObject open(Object answer, Endpoint endpoint, boolean retrySafe) {
    return Envelope.open((Transport.Answer) answer, endpoint, retrySafe);
  }
}

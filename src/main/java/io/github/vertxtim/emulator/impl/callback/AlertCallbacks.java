package io.github.vertxtim.emulator.impl.callback;

import io.github.vertxtim.registry.Endpoint;

/**
 * {@code Alert.RequestOverLimit} (https://trtc.io/document/60256): sent when an endpoint's calls pass 80 % of its
 * frequency limit, once per rate window. The body is the page's four integers and names; there is no ClientIP, and
 * OptPlatform is the REST API's.
 */
public final class AlertCallbacks {

  private static final String COMMAND = "Alert.RequestOverLimit";

  private AlertCallbacks() {
  }

  /** {@code used} calls per second seen against {@code limit} per second (both rounded up to whole calls). */
  public static OutgoingCallback overLimit(Endpoint endpoint, double used, double limit) {
    String path = endpoint.path();
    int slash = path.indexOf('/');
    return new OutgoingCallback(COMMAND, Bodies.event(COMMAND).put("ServiceName", path.substring(0, slash))
        .put("Command", path.substring(slash + 1)).put("Request", (long) Math.ceil(used))
        .put("Limit", (long) Math.ceil(limit)), null, OutgoingCallback.RESTAPI);
  }
}

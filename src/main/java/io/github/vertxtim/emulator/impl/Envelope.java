package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.vertx.core.json.JsonObject;

/** The answer envelope every TIM REST endpoint returns: ActionStatus, ErrorInfo, ErrorCode, then endpoint fields. */
final class Envelope {

  private Envelope() {
  }

  /** {@code {"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0, ...fields}}. */
  static JsonObject ok(JsonObject fields) {
    JsonObject answer = new JsonObject().put("ActionStatus", "OK").put("ErrorInfo", "").put("ErrorCode", 0);
    if (fields != null) {
      fields.forEach(e -> {
        if (!answer.containsKey(e.getKey())) {
          answer.put(e.getKey(), e.getValue());
        }
      });
    }
    return answer;
  }

  /** {@code {"ActionStatus":"FAIL","ErrorInfo":info,"ErrorCode":code}}. */
  static JsonObject fail(int code, String info) {
    return new JsonObject().put("ActionStatus", "FAIL").put("ErrorInfo", info == null ? "" : info)
        .put("ErrorCode", code);
  }

  static JsonObject fail(EmulatorError e) {
    return fail(e.code(), e.info());
  }

  static int code(JsonObject answer) {
    return answer.getInteger("ErrorCode", 0);
  }
}

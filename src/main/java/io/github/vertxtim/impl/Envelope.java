package io.github.vertxtim.impl;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.registry.Endpoint;
import io.vertx.core.json.JsonObject;

/** Turns an HTTP answer into the answer JSON (ActionStatus OK) or a {@link TimException}. */
final class Envelope {

  private Envelope() {
  }

  /**
   * @param retrySafe whether the endpoint may be called again after an answer we cannot read
   * @throws TimException for FAIL, a non-200 status, or a body that is not a TIM envelope
   */
  static JsonObject open(Transport.Answer answer, Endpoint endpoint, boolean retrySafe) {
    if (answer.status() != 200) {
      throw failure(TimErrorCode.HTTP_STATUS_ERROR, "HTTP " + answer.status() + " " + answer.statusMessage(),
          endpoint, retrySafe);
    }
    JsonObject json;
    try {
      json = new JsonObject(answer.body());
    } catch (RuntimeException e) {
      throw failure(TimErrorCode.INVALID_RESPONSE,
          "the answer is not a JSON object (" + answer.body().length() + " bytes)", endpoint, retrySafe);
    }
    Object status = json.getValue("ActionStatus");
    if ("OK".equals(status)) {
      return json;
    }
    if (!"FAIL".equals(status)) {
      throw failure(TimErrorCode.INVALID_RESPONSE, status == null
          ? "the answer has no ActionStatus" : "the answer has an unknown ActionStatus", endpoint, retrySafe);
    }
    Object code = json.getValue("ErrorCode");
    if (!(code instanceof Number n)) {
      throw failure(TimErrorCode.INVALID_RESPONSE, "ActionStatus FAIL without a numeric ErrorCode", endpoint, retrySafe);
    }
    int errorCode = n.intValue();
    Object info = json.getValue("ErrorInfo");
    boolean transientFailure = TimErrorCode.categoryOf(errorCode).isTransient();
    throw new TimException(errorCode, info instanceof String s ? s : "", endpoint.service(), endpoint.command(),
        transientFailure && retrySafe, null);
  }

  private static TimException failure(TimErrorCode code, String detail, Endpoint endpoint, boolean retrySafe) {
    return new TimException(code, detail, endpoint.service(), endpoint.command(),
        code.category().isTransient() && retrySafe, null);
  }
}

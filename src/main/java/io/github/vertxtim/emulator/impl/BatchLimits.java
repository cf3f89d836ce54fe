package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.registry.Endpoint;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Map;

/**
 * Batch lists in request bodies: how many items a request carries (for item-counted rate limits and for caps) and
 * the verified per-request caps. Only caps a source confirmed ({@link Endpoint#itemsVerified()}) are enforced;
 * a cap no source confirmed is only a guess, and a guess must not refuse a request the service would take.
 */
final class BatchLimits {

  /**
   * Older body fields holding the same list as the registry's {@code itemsField}, counted when the current one is
   * absent: multiaccount_import's old body is {@code {"Accounts":["a","b"]}} (https://trtc.io/document/34954).
   */
  private static final Map<String, List<String>> LEGACY_FIELDS = Map.of(
      "im_open_login_svc/multiaccount_import", List.of("Accounts"));

  /**
   * The code each family answers when a batch list is longer than its cap. The one place this mapping lives.
   * Sources: the error-code page https://trtc.io/document/34348 (90011 more than 500 C2C targets, 90018 too many
   * accounts, 10005 group: too many accounts, 70402/30001/40001/10004 invalid parameters) and TIMPush 90018
   * (https://trtc.io/document/67817).
   * A family not listed (e.g. one a user adds to the registry) gets 70402, "illegal request parameters", from
   * the 60000–79999 range that applies to every API.
   */
  private static final Map<String, Integer> TOO_MANY_CODE = Map.of(
      "account", TimErrorCode.ACCOUNT_INVALID_PARAMETERS.code(),  // 70402, multiaccount_import page
      "c2c", TimErrorCode.MSG_TOO_MANY_TARGETS.code(),            // 90011, batchsendmsg > 500
      "group", TimErrorCode.GROUP_TOO_MANY_ACCOUNTS.code(),       // 10005
      "sns", TimErrorCode.SNS_INVALID_PARAMETERS.code(),          // 30001
      "profile", TimErrorCode.PROFILE_INVALID_PARAMETERS.code(),  // 40001
      "push", TimErrorCode.MSG_TOO_MANY_ACCOUNTS.code(),          // 90018
      "timpush", TimErrorCode.MSG_TOO_MANY_ACCOUNTS.code(),       // 90018
      "conversation", TimErrorCode.CONTACT_TOO_MANY.code(),      // 51006, at most 100 conversations per update
      "official_account", TimErrorCode.GROUP_INVALID_PARAMETER.code());  // 10004, the OA pages' invalid parameter
  /**
   * Endpoints whose "too many" code is not their family's: moderation answers 2016 for more than 10 keywords and
   * 93008 for a batch of more than 10 items (https://trtc.io/document/34348).
   */
  private static final Map<String, Integer> TOO_MANY_CODE_BY_PATH = Map.of(
      "im_msg_audit_mgr/add_local_audit_keywords", TimErrorCode.AUDIT_TOO_MANY_KEYWORDS.code(),
      "im_msg_audit_mgr/delete_local_audit_keywords", TimErrorCode.AUDIT_TOO_MANY_KEYWORDS.code(),
      "im_msg_audit_mgr/add_cloud_audit_keywords", TimErrorCode.AUDIT_TOO_MANY_KEYWORDS.code(),
      "im_msg_audit_mgr/delete_cloud_audit_keywords", TimErrorCode.AUDIT_TOO_MANY_KEYWORDS.code(),
      "im_msg_audit/batch_content_moderation", TimErrorCode.AUDIT_BATCH_TOO_LARGE.code());
  private static final int DEFAULT_TOO_MANY_CODE = TimErrorCode.ACCOUNT_INVALID_PARAMETERS.code();

  private BatchLimits() {
  }

  /** The length of the request's batch list, 0 when the endpoint has none or the field is not an array. */
  static int items(Endpoint endpoint, JsonObject body) {
    if (endpoint.itemsField() == null) {
      return 0;
    }
    int n = arrayLength(body, endpoint.itemsField());
    if (n >= 0) {
      return n;
    }
    for (String legacy : LEGACY_FIELDS.getOrDefault(endpoint.path(), List.of())) {
      n = arrayLength(body, legacy);
      if (n >= 0) {
        return n;
      }
    }
    return 0;
  }

  /** Fails with the family's "too many" code when a verified cap is exceeded. */
  static void checkCap(Endpoint endpoint, JsonObject body) {
    if (!endpoint.itemsVerified() || endpoint.itemsField() == null || endpoint.maxItems() <= 0) {
      return;
    }
    int n = items(endpoint, body);
    if (n > endpoint.maxItems()) {
      int code = TOO_MANY_CODE_BY_PATH.getOrDefault(endpoint.path(), tooManyCode(endpoint.family()));
      throw new EmulatorError(code, "too many items: " + n + " in the batch list, at most "
          + endpoint.maxItems() + " per request for " + endpoint.path());
    }
  }

  static int tooManyCode(String family) {
    return TOO_MANY_CODE.getOrDefault(family, DEFAULT_TOO_MANY_CODE);
  }

  private static int arrayLength(JsonObject body, String field) {
    Object v = body.getValue(field);
    return v instanceof JsonArray ? ((JsonArray) v).size() : -1;
  }
}

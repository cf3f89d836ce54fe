package io.github.vertxtim.benchmarks;

import com.tencentcloudapi.im.model.AccountCheckRequestCheckItemInner;
import io.github.vertxtim.api.account.CheckAccountsRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One account_check exchange for {@code accounts} accounts, in every form a contender or codec benchmark needs:
 * the request as JSON text, JsonObject, our record and the official SDK's model, and the service's answer (one
 * ResultItem per requested account). For 1 account it is the 142-byte answer of the main round trips; for 100 (the
 * endpoint's maximum) the answer is 8,367 bytes.
 */
record AccountCheckFixture(int accounts, List<String> userIds, JsonObject body, String answerJson) {

  static AccountCheckFixture of(int accounts) {
    List<String> ids = new ArrayList<>(accounts);
    JsonArray checks = new JsonArray();
    JsonArray items = new JsonArray();
    for (int i = 0; i < accounts; i++) {
      String id = accounts == 1 ? "user1" : "user_" + String.format("%05d", i);
      ids.add(id);
      checks.add(new JsonObject().put("UserID", id));
      // a mix of statuses, so that no decoder sees one repeated string only
      String status = accounts > 1 && i % 3 == 0 ? "NotImported" : "Imported";
      items.add(new JsonObject().put("UserID", id).put("ResultCode", 0).put("ResultInfo", "")
          .put("AccountStatus", status));
    }
    String answer = new JsonObject().put("ActionStatus", "OK").put("ErrorCode", 0).put("ErrorInfo", "")
        .put("ResultItem", items).encode();
    return new AccountCheckFixture(accounts, List.copyOf(ids), new JsonObject().put("CheckItem", checks), answer);
  }

  /** The request body as JSON text. */
  String bodyJson() {
    return body.encode();
  }

  /** The request for the typed family. */
  CheckAccountsRequest request() {
    return CheckAccountsRequest.of(userIds);
  }

  /** The same request for the official SDK. */
  com.tencentcloudapi.im.model.AccountCheckRequest officialRequest() {
    com.tencentcloudapi.im.model.AccountCheckRequest r = new com.tencentcloudapi.im.model.AccountCheckRequest();
    for (String id : userIds) {
      r.addCheckItemItem(new AccountCheckRequestCheckItemInner().userID(id));
    }
    return r;
  }

  byte[] answerBytes() {
    return answerJson.getBytes(StandardCharsets.UTF_8);
  }
}

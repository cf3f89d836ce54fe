package io.github.vertxtim.emulator.impl.account;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Account management: account_import, multiaccount_import, account_delete, account_check,
 * kick and query_online_status. Whole-request problems fail with the code; per-account problems stay inside an
 * OK answer (FailAccounts, ResultItem[].ResultCode, ErrorList), as the batch APIs do (https://trtc.io/document/34954, https://trtc.io/document/35477).
 */
public final class AccountHandlers {

  private static final int INVALID = TimErrorCode.ACCOUNT_INVALID_PARAMETERS.code();     // 70402
  private static final int NOT_IMPORTED = TimErrorCode.ACCOUNT_NOT_IMPORTED.code();      // 70107
  private static final String NOT_IMPORTED_INFO = "account not imported";

  private final AccountState state;

  public AccountHandlers(AccountState state) {
    this.state = state;
  }

  public void install(HandlerTable table) {
    table.handle("im_open_login_svc/account_import", this::accountImport);
    table.handle("im_open_login_svc/multiaccount_import", this::multiAccountImport);
    table.handle("im_open_login_svc/account_delete", this::accountDelete);
    table.handle("im_open_login_svc/account_check", this::accountCheck);
    table.handle("im_open_login_svc/kick", this::kick);
    table.handle("openim/query_online_status", this::queryOnlineStatus);
  }

  /**
   * {@code {"UserID":"x","Nick":"..","FaceUrl":".."}} (legacy {@code Identifier} for UserID). Idempotent: importing
   * again keeps one account and updates the Nick/FaceUrl that are given (https://trtc.io/document/34953).
   */
  JsonObject accountImport(JsonObject body) {
    String userId = Fields.requiredUserId(body);
    String nick = Fields.optionalString(body, "Nick", INVALID);
    String faceUrl = Fields.optionalString(body, "FaceUrl", INVALID);
    state.importAccount(userId, nick, faceUrl);
    return new JsonObject();
  }

  /**
   * New body {@code {"AccountList":[{"UserID","Nick","FaceUrl"}]}} or old body {@code {"Accounts":["a","b"]}}
   * (https://trtc.io/document/34954). Entries that cannot be imported (not a string, empty, over 32 bytes, malformed entry) are listed in
   * {@code FailAccounts}, which is always present; the others are imported.
   */
  JsonObject multiAccountImport(JsonObject body) {
    boolean newStyle = body.containsKey("AccountList");
    JsonArray list = newStyle ? Fields.requiredArray(body, "AccountList", INVALID)
        : body.containsKey("Accounts") ? Fields.requiredArray(body, "Accounts", INVALID) : null;
    if (list == null) {
      throw new EmulatorError(INVALID, "AccountList (or the older Accounts) is required");
    }
    JsonArray failAccounts = new JsonArray();
    for (Object entry : list) {
      if (!newStyle) {
        if (Fields.userIdProblem(entry) != 0) {
          failAccounts.add(Fields.label(entry));
        } else {
          state.importAccount((String) entry, null, null);
        }
        continue;
      }
      if (!(entry instanceof JsonObject)) {
        failAccounts.add(Fields.label(entry));
        continue;
      }
      JsonObject account = (JsonObject) entry;
      Object userId = account.getValue("UserID");
      Object nick = account.getValue("Nick");
      Object faceUrl = account.getValue("FaceUrl");
      if (Fields.userIdProblem(userId) != 0 || (nick != null && !(nick instanceof String))
          || (faceUrl != null && !(faceUrl instanceof String))) {
        failAccounts.add(Fields.label(userId != null ? userId : account));
        continue;
      }
      state.importAccount((String) userId, (String) nick, (String) faceUrl);
    }
    return new JsonObject().put("FailAccounts", failAccounts);
  }

  /**
   * {@code {"DeleteItem":[{"UserID":"x"}]}} → {@code ResultItem[{ResultCode,ResultInfo,UserID}]}; an account that
   * is not imported gets ResultCode 70107 in its item, the call itself is OK (https://www.tencentcloud.com/document/product/1047/34955).
   */
  JsonObject accountDelete(JsonObject body) {
    JsonArray items = Fields.requiredArray(body, "DeleteItem", INVALID);
    JsonArray results = new JsonArray();
    for (Object item : items) {
      Object userId = item instanceof JsonObject ? ((JsonObject) item).getValue("UserID") : item;
      int problem = Fields.userIdProblem(userId);
      if (problem == 0 && !state.deleteAccount((String) userId)) {
        problem = NOT_IMPORTED;
      }
      results.add(resultItem(userId, problem));
    }
    return new JsonObject().put("ResultItem", results);
  }

  /**
   * {@code {"CheckItem":[{"UserID":"x"}]}} → {@code ResultItem[{UserID,ResultCode,ResultInfo,AccountStatus}]},
   * AccountStatus {@code Imported} or {@code NotImported} (https://trtc.io/document/34956). An unusable UserID gets its code in the item
   * and {@code NotImported}.
   */
  JsonObject accountCheck(JsonObject body) {
    JsonArray items = Fields.requiredArray(body, "CheckItem", INVALID);
    JsonArray results = new JsonArray();
    for (Object item : items) {
      Object userId = item instanceof JsonObject ? ((JsonObject) item).getValue("UserID") : item;
      int problem = Fields.userIdProblem(userId);
      boolean imported = problem == 0 && state.exists((String) userId);
      results.add(resultItem(userId, problem).put("AccountStatus", imported ? "Imported" : "NotImported"));
    }
    return new JsonObject().put("ResultItem", results);
  }

  /** {@code {"UserID":"x"}} (legacy Identifier): ends the user's login, who goes Offline; 70107 when not imported. */
  JsonObject kick(JsonObject body) {
    String userId = Fields.requiredUserId(body);
    if (!state.kick(userId)) {
      throw new EmulatorError(NOT_IMPORTED, NOT_IMPORTED_INFO + ": " + userId);
    }
    return new JsonObject();
  }

  /**
   * {@code {"To_Account":["a","b"],"IsNeedDetail":1}} (https://trtc.io/document/35477) → {@code QueryResult[{To_Account,Status}]} for
   * imported accounts, with {@code Detail[{Platform,Status}]} when IsNeedDetail is 1 (empty for Offline), and
   * {@code ErrorList[{To_Account,ErrorCode}]} (70107 not imported, 60015 not a string), always present.
   */
  JsonObject queryOnlineStatus(JsonObject body) {
    JsonArray to = Fields.requiredArray(body, "To_Account", INVALID);
    boolean detail = Fields.optionalInteger(body, "IsNeedDetail", 0, 0, 1, INVALID) == 1;
    JsonArray results = new JsonArray();
    JsonArray errors = new JsonArray();
    for (Object userId : to) {
      AccountState.Account account = userId instanceof String ? state.account((String) userId) : null;
      if (account == null) {
        int code = userId instanceof String ? NOT_IMPORTED : TimErrorCode.INVALID_ACCOUNT_TYPE.code();
        errors.add(new JsonObject().put("To_Account", Fields.label(userId)).put("ErrorCode", code));
        continue;
      }
      JsonObject r = new JsonObject().put("To_Account", account.userId()).put("Status", account.status());
      if (detail) {
        JsonArray platforms = new JsonArray();
        if (!AccountState.OFFLINE.equals(account.status())) {
          // The emulator keeps one status per account; it reports it as one device. The platform name is one of
          // the values the doc page shows.
          platforms.add(new JsonObject().put("Platform", "iPhone").put("Status", account.status()));
        }
        r.put("Detail", platforms);
      }
      results.add(r);
    }
    return new JsonObject().put("QueryResult", results).put("ErrorList", errors);
  }

  private static JsonObject resultItem(Object userId, int code) {
    String info = code == 0 ? "" : code == NOT_IMPORTED ? NOT_IMPORTED_INFO : Fields.userIdProblemInfo(code);
    return new JsonObject().put("ResultCode", code).put("ResultInfo", info).put("UserID", Fields.label(userId));
  }
}

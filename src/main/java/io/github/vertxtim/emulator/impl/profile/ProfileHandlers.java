package io.github.vertxtim.emulator.impl.profile;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.account.AccountState;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Profiles: portrait_set and portrait_get, on the account family's state (the profile's Nick and Image are the
 * account's Nick and FaceUrl that account_import sets). Codes from the error-code page
 * (https://trtc.io/document/34348): 40001 bad parameters, 40002 no target, 40003 not imported, 40009 unknown tag,
 * 40601 value over 500 bytes, 40605 value out of range, 40610 wrong value type.
 */
public final class ProfileHandlers {

  private static final int INVALID = TimErrorCode.PROFILE_INVALID_PARAMETERS.code();         // 40001
  private static final int NO_TARGET = TimErrorCode.PROFILE_NO_TARGET.code();                // 40002
  private static final int NOT_IMPORTED = TimErrorCode.PROFILE_ACCOUNT_NOT_IMPORTED.code();  // 40003

  private final AccountState accounts;
  private final ProfileFields fields;

  /** {@code declaredCustom}: the app's declared custom fields (full tags); empty accepts any. */
  public ProfileHandlers(AccountState accounts, Set<String> declaredCustom) {
    this.accounts = accounts;
    this.fields = new ProfileFields(declaredCustom);
  }

  public void install(HandlerTable table) {
    table.handle("profile/portrait_set", this::portraitSet);
    table.handle("profile/portrait_get", this::portraitGet);
  }

  /**
   * {@code {"From_Account":"a","ProfileItem":[{"Tag":…,"Value":…}]}} (https://www.tencentcloud.com/document/product/1047/34916): all fields are checked before
   * any is written, so a bad one changes nothing; the answer is the envelope.
   */
  JsonObject portraitSet(JsonObject body) {
    String from = account(body, "From_Account");
    JsonArray items = Fields.requiredArray(body, "ProfileItem", INVALID);
    Map<String, Object> values = new LinkedHashMap<>();
    for (Object entry : items) {
      if (!(entry instanceof JsonObject item) || !item.containsKey("Value")) {
        throw new EmulatorError(INVALID, "each ProfileItem needs a Tag and a Value");
      }
      Object tag = item.getValue("Tag");
      fields.checkTag(tag);
      values.put((String) tag, fields.value((String) tag, item.getValue("Value")));
    }
    if (!accounts.setProfile(from, values)) {
      throw new EmulatorError(NOT_IMPORTED, "account not imported: " + from);
    }
    return new JsonObject();
  }

  /**
   * {@code {"To_Account":["a"],"TagList":["Tag_Profile_IM_Nick"]}} (https://trtc.io/document/34917) → {@code UserProfileItem
   * [{To_Account,ProfileItem[{Tag,Value}],ResultCode,ResultInfo}]} with the asked fields that are set, and
   * {@code Fail_Account} (always present): an account that is not imported gets ResultCode 40003 in its item and
   * is listed there; the call is OK. An unknown tag fails the request with 40009.
   */
  JsonObject portraitGet(JsonObject body) {
    if (!(body.getValue("To_Account") instanceof JsonArray to) || to.isEmpty()) {
      throw new EmulatorError(NO_TARGET, "To_Account is required and must not be empty");
    }
    JsonArray tagList = Fields.requiredArray(body, "TagList", INVALID);
    Set<String> tags = new LinkedHashSet<>();
    for (Object tag : tagList) {
      fields.checkTag(tag);
      tags.add((String) tag);
    }
    JsonArray results = new JsonArray();
    JsonArray failed = new JsonArray();
    for (Object id : to) {
      Map<String, Object> profile = id instanceof String s ? accounts.profile(s) : null;
      JsonObject r = new JsonObject().put("To_Account", Fields.label(id));
      if (profile == null) {
        int code = Fields.userIdProblem(id) == TimErrorCode.INVALID_ACCOUNT_TYPE.code()
            ? TimErrorCode.INVALID_ACCOUNT_TYPE.code() : NOT_IMPORTED;
        results.add(r.put("ProfileItem", new JsonArray()).put("ResultCode", code)
            .put("ResultInfo", code == NOT_IMPORTED ? "account not imported" : "UserID is not a string"));
        failed.add(Fields.label(id));
        continue;
      }
      JsonArray items = new JsonArray();
      for (String tag : tags) {
        Object v = profile.get(tag);
        if (v != null) {
          items.add(new JsonObject().put("Tag", tag).put("Value", v));
        }
      }
      results.add(r.put("ProfileItem", items).put("ResultCode", 0).put("ResultInfo", ""));
    }
    return new JsonObject().put("UserProfileItem", results).put("Fail_Account", failed);
  }

  /** A required account field: 40001 missing, 60015 not a string, 40001 malformed, 40003 not imported. */
  private String account(JsonObject body, String field) {
    Object v = body.getValue(field);
    if (v == null) {
      throw new EmulatorError(INVALID, field + " is required");
    }
    int problem = Fields.userIdProblem(v);
    if (problem != 0) {
      throw new EmulatorError(problem == TimErrorCode.INVALID_ACCOUNT_TYPE.code() ? problem : INVALID,
          field + ": " + Fields.userIdProblemInfo(problem));
    }
    if (!accounts.exists((String) v)) {
      throw new EmulatorError(NOT_IMPORTED, "account not imported: " + v);
    }
    return (String) v;
  }
}

package io.github.vertxtim.emulator.impl.mute;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.Accounts;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonObject;

/**
 * openconfigsvr/setnospeaking and getnospeaking (https://trtc.io/document/34923, https://trtc.io/document/34924).
 * A missing or malformed field answers 90001, an account that is not imported 20003.
 */
public final class MuteHandlers {

  private static final int INVALID = TimErrorCode.MSG_JSON_PARSE_FAILED.code();   // 90001
  private static final int UNKNOWN = TimErrorCode.MSG_ACCOUNT_INVALID.code();     // 20003

  private final MuteState state;
  private final Accounts accounts;

  public MuteHandlers(MuteState state, Accounts accounts) {
    this.state = state;
    this.accounts = accounts;
  }

  public void install(HandlerTable table) {
    table.handle("openconfigsvr/setnospeaking", this::setNoSpeaking);
    table.handle("openconfigsvr/getnospeaking", this::getNoSpeaking);
  }

  /**
   * {@code {"Set_Account","C2CmsgNospeakingTime"?,"GroupmsgNospeakingTime"?}}, at least one time, each
   * 0..4294967295 seconds (0 unmutes, 4294967295 forever); a time not given keeps its value.
   */
  JsonObject setNoSpeaking(JsonObject body) {
    String userId = account(body, "Set_Account");
    Long c2c = time(body, "C2CmsgNospeakingTime");
    Long group = time(body, "GroupmsgNospeakingTime");
    if (c2c == null && group == null) {
      throw new EmulatorError(INVALID, "C2CmsgNospeakingTime or GroupmsgNospeakingTime is required");
    }
    state.set(userId, c2c, group);
    return new JsonObject();
  }

  /** {@code {"Get_Account"}} → the seconds of mute left (the page's sample: 7200 set, 7196 a little later). */
  JsonObject getNoSpeaking(JsonObject body) {
    String userId = account(body, "Get_Account");
    return new JsonObject().put("C2CmsgNospeakingTime", state.c2cRemaining(userId))
        .put("GroupmsgNospeakingTime", state.groupRemaining(userId));
  }

  private String account(JsonObject body, String field) {
    String userId = Fields.requiredUserId(body, field, INVALID);
    if (!accounts.exists(userId)) {
      throw new EmulatorError(UNKNOWN, field + " not imported: " + userId);
    }
    return userId;
  }

  private static Long time(JsonObject body, String field) {
    if (!body.containsKey(field)) {
      return null;
    }
    return Fields.optionalInteger(body, field, 0, 0, MuteState.FOREVER, INVALID);
  }
}

package io.github.vertxtim.emulator.impl.callback;

import io.github.vertxtim.emulator.impl.moderation.CloudBlock;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * {@code ContentCallback.ResultNotify} (https://trtc.io/document/78240; shared/api/callbacks.md §6.4): the cloud
 * review's result for a one-to-one or group text message it refused (by default only violations are sent). The
 * body carries no CallbackCommand and the URL neither ClientIP nor OptPlatform, as on the page. The emulator
 * refuses the message before storing it, so there is no MsgKey or MsgSeq, and MsgID is left out.
 */
public final class ModerationCallbacks {

  private static final String COMMAND = "ContentCallback.ResultNotify";
  /** ContactItem.ContactType and CtxcbResult values of the page. */
  private static final int ONE_TO_ONE = 1;
  private static final int GROUP = 2;
  private static final int INTERCEPTED = 1;

  private ModerationCallbacks() {
  }

  public static OutgoingCallback resultNotify(long sdkAppId, CloudBlock block) {
    MessageHooks.Outgoing m = block.message();
    boolean c2c = m.kind() == MessageHooks.Kind.C2C;
    JsonObject contact = new JsonObject().put("ContactType", c2c ? ONE_TO_ONE : GROUP)
        .put(c2c ? "To_Account" : "ToGroupId", m.to());
    JsonObject body = new JsonObject().put("Scene", c2c ? "C2C" : "Group").put("SdkAppId", sdkAppId)
        .put("From_Account", m.from()).put("ContactItem", contact).put("ContentType", "Text")
        .put("TextContent", new JsonArray(block.texts())).put("CtxcbResult", INTERCEPTED)
        .put("CtxcbRequestId", block.requestId()).put("CtxcbKeywords", new JsonArray(block.keywords()))
        .put("CtxcbSuggestion", "Block").put("CtxcbLabel", block.label()).put("CtxcbLibName", block.library());
    return new OutgoingCallback(COMMAND, body, null, null);
  }
}

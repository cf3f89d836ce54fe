package io.github.vertxtim.api.mute;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.api.TimFamily;
import io.vertx.core.Future;

/** Global mute: an account that may send no one-to-one or no group messages for a while, or forever. */
@TimFamily("mute")
public interface GlobalMuteApi {

  /**
   * Mutes or unmutes an account for one-to-one and/or group messages (0 unmutes, 4294967295 is forever).
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34923">Setting Global Mute</a>
   */
  @TimCall("openconfigsvr/setnospeaking")
  Future<EmptyResult> setNoSpeaking(SetNoSpeakingRequest request);

  /**
   * An account's global mute times.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34924">Querying Global Mute</a>
   */
  @TimCall("openconfigsvr/getnospeaking")
  Future<GetNoSpeakingResult> getNoSpeaking(GetNoSpeakingRequest request);
}

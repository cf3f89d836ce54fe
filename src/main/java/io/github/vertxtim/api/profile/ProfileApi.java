package io.github.vertxtim.api.profile;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.TimCall;
import io.vertx.core.Future;

/** Profiles: the standard {@code Tag_Profile_IM_*} and the app's custom {@code Tag_Profile_Custom_*} fields. */
public interface ProfileApi {

  /**
   * Sets profile fields of one account.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34916">Setting Profiles</a>
   */
  @TimCall("profile/portrait_set")
  Future<EmptyResult> setPortrait(SetPortraitRequest request);

  /**
   * Gets profile fields of up to 100 accounts; accounts that failed are listed in the result, not as a failure.
   *
   * @see <a href="https://trtc.io/document/34917">Pulling Profiles</a>
   */
  @TimCall("profile/portrait_get")
  Future<GetPortraitResult> getPortrait(GetPortraitRequest request);
}

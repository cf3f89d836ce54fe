package io.github.vertxtim.api.account;

import io.github.vertxtim.api.TimCall;
import io.vertx.core.Future;

/** Account management endpoints. */
public interface AccountApi {

  /**
   * Imports one account; importing an existing one again is harmless.
   *
   * @see <a href="https://trtc.io/document/34953">Importing a Single Account</a>
   */
  @TimCall("im_open_login_svc/account_import")
  Future<Void> importAccount(Account account);

  /**
   * Imports up to 100 accounts; accounts that failed are listed in the result, not as a failure of the call.
   *
   * @see <a href="https://trtc.io/document/34954">Importing Multiple Accounts</a>
   */
  @TimCall("im_open_login_svc/multiaccount_import")
  Future<MultiAccountImportResult> importAccounts(MultiAccountImportRequest request);

  /**
   * Deletes up to 100 accounts; per-account outcomes are in the result.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34955">Deleting Accounts</a>
   */
  @TimCall("im_open_login_svc/account_delete")
  Future<AccountResults> deleteAccounts(AccountDeleteRequest request);

  /**
   * Checks whether up to 100 accounts are imported.
   *
   * @see <a href="https://trtc.io/document/34956">Querying Accounts</a>
   */
  @TimCall("im_open_login_svc/account_check")
  Future<AccountResults> checkAccounts(AccountCheckRequest request);

  /**
   * Invalidates a user's login state.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34957">Invalidating Login States</a>
   */
  @TimCall("im_open_login_svc/kick")
  Future<Void> kick(KickRequest request);

  /**
   * Online status of up to 500 accounts; unknown accounts come back in the result's error list.
   *
   * @see <a href="https://trtc.io/document/35477">Querying Account Online Status</a>
   */
  @TimCall("openim/query_online_status")
  Future<OnlineStatusResult> queryOnlineStatus(OnlineStatusRequest request);
}

package io.github.vertxtim.api.account;

import io.github.vertxtim.api.TimCall;
import io.vertx.core.Future;

/** Account management endpoints (shared/api/catalog.md §4.1). */
public interface AccountApi {

  /** Imports one account; importing an existing one again is harmless. */
  @TimCall("im_open_login_svc/account_import")
  Future<Void> importAccount(Account account);

  /** Imports up to 100 accounts; accounts that failed are listed in the result, not as a failure of the call. */
  @TimCall("im_open_login_svc/multiaccount_import")
  Future<MultiAccountImportResult> importAccounts(MultiAccountImportRequest request);

  /** Deletes up to 100 accounts; per-account outcomes are in the result. */
  @TimCall("im_open_login_svc/account_delete")
  Future<AccountResults> deleteAccounts(AccountDeleteRequest request);

  /** Checks whether up to 100 accounts are imported. */
  @TimCall("im_open_login_svc/account_check")
  Future<AccountResults> checkAccounts(AccountCheckRequest request);

  /** Invalidates a user's login state. */
  @TimCall("im_open_login_svc/kick")
  Future<Void> kick(KickRequest request);

  /** Online status of up to 500 accounts; unknown accounts come back in the result's error list. */
  @TimCall("openim/query_online_status")
  Future<OnlineStatusResult> queryOnlineStatus(OnlineStatusRequest request);
}

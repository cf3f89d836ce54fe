package io.github.vertxtim.benchmarks;

import io.github.vertxtim.api.account.CheckAccountsRequest;
import io.github.vertxtim.sig.UserSigGenerator;
import io.vertx.core.json.JsonObject;

/** The request the main round trips send (account_check of one account), and the credentials (the stub checks none). */
final class Fixtures {

  static final long SDK_APP_ID = 1_400_000_000L;
  static final String ADMIN = "administrator";
  static final String SECRET_KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
  static final String SERVICE = "im_open_login_svc";
  static final String COMMAND = "account_check";
  static final String PATH = "/v4/" + SERVICE + "/" + COMMAND;
  /** account_check of one account ({@code {"CheckItem":[{"UserID":"user1"}]}}) and its 142-byte answer. */
  static final AccountCheckFixture ONE_ACCOUNT = AccountCheckFixture.of(1);
  /** account_check of 100 accounts, the endpoint's maximum (8,367-byte answer). */
  static final int MAX_ACCOUNTS = 100;
  /** The one-account body for {@code call}. */
  static final JsonObject BODY = ONE_ACCOUNT.body();
  /** The same body for the typed family. */
  static final CheckAccountsRequest REQUEST = ONE_ACCOUNT.request();
  /** Connections per contender (see the README: the same pool for everyone). */
  static final int POOL_SIZE = 16;
  /** Raised for everyone: a loaded 2-core box must not time out calls that queue for a connection. */
  static final int TIMEOUT_MILLIS = 10_000;

  private Fixtures() {
  }

  /** A usersig made once, for the raw baseline's pre-built request. */
  static String userSig() {
    return new UserSigGenerator(SDK_APP_ID, SECRET_KEY).generate(ADMIN, 86_400);
  }
}

package io.github.vertxtim.tests.cli;

import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** No {@code tim call} path prints the secret key or a usersig: success, FAIL, auth failure, network failure, verbose. */
@Timeout(60)
class CallSecretsTest {

  static final long APP_ID = 1_400_000_778L;
  static final String KEY = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
  static final String WRONG_KEY = "ffffeeeeddddccccbbbbaaaa99998888777766665555444433332222111100ab";
  /** A usersig is base64url of zlib data: it starts with "eJ" and is long; a usersig= parameter must be masked. */
  static final Pattern USERSIG = Pattern.compile("eJ[A-Za-z0-9*_-]{40,}|usersig=(?!\\*\\*\\*)", Pattern.CASE_INSENSITIVE);

  static Vertx vertx;
  static TimEmulator emulator;

  @BeforeAll
  static void startEmulator() {
    vertx = Vertx.vertx();
    emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setSdkAppId(APP_ID).setSecretKey(KEY)
        .setRateLimitEnabled(false));
    emulator.start().await();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close().await();
    vertx.close().await();
  }

  static Map<String, String> env(String key, String endpoint) {
    Map<String, String> env = new HashMap<>();
    env.put("TIM_ENDPOINT", endpoint);
    env.put("TIM_SDKAPPID", String.valueOf(APP_ID));
    env.put("TIM_SECRET_KEY", key);
    env.put("TIM_TIMEOUT_MILLIS", "3500");
    return env;
  }

  @Test
  void noCallPathPrintsTheKeyOrAUsersig(@TempDir Path dir) throws Exception {
    String url = emulator.baseUrl();
    Path keyFile = dir.resolve("key");
    Files.writeString(keyFile, KEY + "\n");
    Map<String, String> fromFile = env(KEY, url);
    fromFile.remove("TIM_SECRET_KEY");
    fromFile.put("TIM_SECRET_KEY_FILE", keyFile.toString());

    List<Cli.Result> results = new ArrayList<>();
    Cli.Result ok = Cli.run(env(KEY, url), "call", "-v", "im_open_login_svc/account_import", "{\"UserID\":\"s1\"}");
    assertThat(ok.exit()).as(ok.toString()).isZero();
    assertThat(ok.err()).contains("key from TIM_SECRET_KEY").contains("answered in");
    results.add(ok);

    Cli.Result okFile = Cli.run(fromFile, "call", "--verbose", "im_open_login_svc/account_check",
        "{\"CheckItem\":[{\"UserID\":\"s1\"}]}");
    assertThat(okFile.exit()).as(okFile.toString()).isZero();
    assertThat(okFile.err()).contains("key from TIM_SECRET_KEY_FILE");
    results.add(okFile);

    Cli.Result fail = Cli.run(env(KEY, url), "call", "-v", "im_open_login_svc/kick", "{\"UserID\":\"nobody\"}");
    assertThat(fail.exit()).isEqualTo(1);
    assertThat(fail.err()).contains("ErrorCode 70107");
    results.add(fail);

    // The emulator refuses usersigs signed with another key; the error must not echo the (wrong) key either.
    Cli.Result auth = Cli.run(env(WRONG_KEY, url), "call", "-v", "im_open_login_svc/account_import",
        "{\"UserID\":\"s2\"}");
    assertThat(auth.exit()).isEqualTo(1);
    assertThat(auth.err()).contains("ErrorCode 70009");
    assertThat(auth.all()).doesNotContain(WRONG_KEY);
    results.add(auth);

    // Nothing listens on port 1: a connection failure, whose exception text could carry the request URL.
    Cli.Result network = Cli.run(env(KEY, "http://127.0.0.1:1"), "call", "-v", "group_open_http_svc/get_appid_group_list");
    assertThat(network.exit()).isEqualTo(1);
    assertThat(network.err()).contains("ErrorCode -2 (NETWORK_ERROR)");
    results.add(network);

    Cli.Result usage = Cli.run(env(KEY, url), "call", "-v", "im_open_login_svc/account_import", "{oops");
    assertThat(usage.exit()).isEqualTo(2);
    results.add(usage);

    for (Cli.Result r : results) {
      assertThat(r.all()).as(r.toString()).doesNotContain(KEY);
      assertThat(USERSIG.matcher(r.all()).find()).as(r.toString()).isFalse();
    }
  }
}

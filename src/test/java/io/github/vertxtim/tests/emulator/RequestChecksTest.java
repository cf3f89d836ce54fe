package io.github.vertxtim.tests.emulator;

import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.sig.UserSigGenerator;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The checks before any endpoint logic: method, URL, query parameters, usersig, admin, body — with their codes. */
class RequestChecksTest extends EmulatorTestBase {

  private static final String BODY = "{\"CheckItem\":[{\"UserID\":\"alice\"}]}";

  /** A query built from the test's generator; each case names the code the seed/catalog gives it. */
  static Stream<Arguments> badQueries() {
    long now = System.currentTimeMillis() / 1000;
    UserSigGenerator good = new UserSigGenerator(APP_ID, KEY);
    Function<UserSigGenerator, String> adminSig = g -> g.generate(ADMIN, 86_400);
    String sig = adminSig.apply(good);
    String common = "&random=12345&contenttype=json";
    return Stream.of(
        arguments("sdkappid missing", "identifier=" + ADMIN + "&usersig=" + sig + common, 60012),
        arguments("sdkappid empty", "sdkappid=&identifier=" + ADMIN + "&usersig=" + sig + common, 60012),
        arguments("SDKAppID (names are case-sensitive)",
            "SDKAppID=" + APP_ID + "&identifier=" + ADMIN + "&usersig=" + sig + common, 60012),
        arguments("sdkappid not a number", "sdkappid=14000x&identifier=" + ADMIN + "&usersig=" + sig + common, 60025),
        arguments("sdkappid negative", "sdkappid=-1&identifier=" + ADMIN + "&usersig=" + sig + common, 60025),
        arguments("sdkappid of another app",
            "sdkappid=" + (APP_ID + 1) + "&identifier=" + ADMIN + "&usersig=" + sig + common, 60006),
        arguments("identifier missing", "sdkappid=" + APP_ID + "&usersig=" + sig + common, 60025),
        arguments("usersig missing", "sdkappid=" + APP_ID + "&identifier=" + ADMIN + common, 60025),
        arguments("Usersig (case-sensitive)",
            "sdkappid=" + APP_ID + "&identifier=" + ADMIN + "&Usersig=" + sig + common, 60025),
        arguments("contenttype missing",
            "sdkappid=" + APP_ID + "&identifier=" + ADMIN + "&usersig=" + sig + "&random=1", 60025),
        arguments("contenttype JSON (values are case-sensitive)", "sdkappid=" + APP_ID + "&identifier=" + ADMIN
            + "&usersig=" + sig + "&random=1&contenttype=JSON", 60025),
        arguments("contenttype xml", "sdkappid=" + APP_ID + "&identifier=" + ADMIN
            + "&usersig=" + sig + "&random=1&contenttype=xml", 60025),
        arguments("random missing", "sdkappid=" + APP_ID + "&identifier=" + ADMIN
            + "&usersig=" + sig + "&contenttype=json", 60025),
        arguments("random negative", "sdkappid=" + APP_ID + "&identifier=" + ADMIN
            + "&usersig=" + sig + "&random=-1&contenttype=json", 60025),
        arguments("random above 2^32-1", "sdkappid=" + APP_ID + "&identifier=" + ADMIN
            + "&usersig=" + sig + "&random=4294967296&contenttype=json", 60025),
        arguments("random not an integer", "sdkappid=" + APP_ID + "&identifier=" + ADMIN
            + "&usersig=" + sig + "&random=1.5&contenttype=json", 60025),
        arguments("usersig garbage", query(APP_ID, ADMIN, "not-a-usersig"), 70003),
        arguments("usersig of another SDKAppID",
            query(APP_ID, ADMIN, new UserSigGenerator(APP_ID + 1, KEY).generate(ADMIN, 86_400)), 70014),
        arguments("usersig of another UserID", query(APP_ID, ADMIN, good.generate("bob", 86_400)), 70013),
        arguments("usersig expired", query(APP_ID, ADMIN, good.generate(ADMIN, 60, now - 3600)), 70001),
        arguments("usersig made with another key", query(APP_ID, ADMIN,
            new UserSigGenerator(APP_ID, KEY.replace('5', '6')).generate(ADMIN, 86_400)), 70009),
        arguments("usersig with a userbuf", query(APP_ID, ADMIN,
            good.generate(ADMIN, 86_400, now, new byte[]{1, 2, 3})), 70009),
        arguments("valid usersig of a non-admin", query(APP_ID, "bob", good.generate("bob", 86_400)), 60010));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("badQueries")
  void badQueryIsRefusedWithItsCode(String name, String query, int code) {
    Answer a = post("/v4/" + ACCOUNT_CHECK + "?" + query, BODY);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.headers().get("Content-Type")).isEqualTo("application/json");
    assertFail(a.json(), code);
    // ErrorInfo says what is wrong but never echoes the usersig or the key
    String info = a.json().getString("ErrorInfo");
    assertThat(info).doesNotContain(KEY);
    for (String part : query.split("&")) {
      if (part.toLowerCase().startsWith("usersig=") && part.length() > 20) {
        assertThat(info).doesNotContain(part.substring(part.indexOf('=') + 1));
      }
    }
    assertThat(emulator.stats().answers(code)).isEqualTo(1);
    assertThat(emulator.stats().answers(ACCOUNT_CHECK, code)).isEqualTo(1);
  }

  @Test
  void randomBoundsAreAccepted() {
    String sig = sigs.generate(ADMIN, 86_400);
    for (String random : new String[]{"0", "4294967295", "0000000001"}) {
      Answer a = post("/v4/" + ACCOUNT_CHECK + "?sdkappid=" + APP_ID + "&identifier=" + ADMIN + "&usersig=" + sig
          + "&random=" + random + "&contenttype=json", BODY);
      assertOk(a.json());
    }
  }

  @Test
  void aReusedUsersigIsStillCheckedForIdentifierAndExpiry() throws InterruptedException {
    long now = System.currentTimeMillis() / 1000;
    String sig = sigs.generate(ADMIN, 1, now); // valid through second now + 1
    assertOk(post("/v4/" + ACCOUNT_CHECK + "?" + query(APP_ID, ADMIN, sig), BODY).json());
    assertOk(post("/v4/" + ACCOUNT_CHECK + "?" + query(APP_ID, ADMIN, sig), BODY).json());
    assertFail(post("/v4/" + ACCOUNT_CHECK + "?" + query(APP_ID, "bob", sig), BODY).json(), 70013);
    long sleepMillis = (now + 2) * 1000 - System.currentTimeMillis() + 50;
    Thread.sleep(Math.max(0, sleepMillis));
    assertFail(post("/v4/" + ACCOUNT_CHECK + "?" + query(APP_ID, ADMIN, sig), BODY).json(), 70001);
  }

  @Test
  void parametersMayComeInAnyOrder() {
    String sig = sigs.generate(ADMIN, 86_400);
    Answer a = post("/v4/" + ACCOUNT_CHECK + "?contenttype=json&random=7&usersig=" + sig + "&identifier=" + ADMIN
        + "&sdkappid=" + APP_ID, BODY);
    assertOk(a.json());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH"})
  void onlyPostIsAccepted(String method) {
    Answer a = await(send(HttpMethod.valueOf(method), uri(ACCOUNT_CHECK), method.equals("GET") ? null : BODY));
    assertThat(a.status()).isEqualTo(200);
    assertFail(a.json(), 60002);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v4/im_open_login_svc", "/v3/im_open_login_svc/account_check",
      "/v4/im_open_login_svc/account_check/", "/v4/im_open_login_svc/account_check/extra", "/",
      "/V4/im_open_login_svc/account_check", "//v4/im_open_login_svc/account_check"})
  void malformedPathIsAnHttpParseError(String path) {
    Answer a = post(path + "?" + query(), BODY);
    assertThat(a.status()).isEqualTo(200);
    assertFail(a.json(), 60002);
  }

  @ParameterizedTest
  @ValueSource(strings = {"im_open_login_svc/no_such_command", "no_such_svc/account_check",
      "IM_OPEN_LOGIN_SVC/account_check", "im_open_login_svc/Account_Check"})
  void unknownServiceOrCommandIsAResourceError(String path) {
    assertFail(call(path, new JsonObject()), 60009);
  }

  @Test
  void methodIsCheckedBeforeEverythingElse() {
    Answer a = await(send(HttpMethod.GET, "/v4/im_open_login_svc/account_check", null));
    assertFail(a.json(), 60002);
  }

  @Test
  void unknownCommandIsCheckedBeforeTheQuery() {
    assertFail(post("/v4/im_open_login_svc/nope", "").json(), 60009);
  }

  @Test
  void signatureIsCheckedBeforeAdminAndBody() {
    String forged = new UserSigGenerator(APP_ID, KEY.replace('5', '6')).generate("bob", 86_400);
    assertFail(post("/v4/" + ACCOUNT_CHECK + "?" + query(APP_ID, "bob", forged), "").json(), 70009);
    assertFail(post("/v4/" + ACCOUNT_CHECK + "?" + query(APP_ID, "bob", sigs.generate("bob", 600)), "").json(),
        60010);
  }

  @Test
  void emptyBodyIsAJsonError() {
    assertFail(post(uri(ACCOUNT_CHECK), "").json(), 60003);
    assertFail(post(uri(ACCOUNT_CHECK), null).json(), 60003);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not json", "{\"CheckItem\":", "[{\"UserID\":\"a\"}]", "\"text\"", "42", "null"})
  void bodyThatIsNotAJsonObjectIsAJsonError(String body) {
    assertFail(post(uri(ACCOUNT_CHECK), body).json(), 60003);
  }

  @Test
  void emptyObjectIsAValidBody() {
    // {} passes the body check; the endpoint then says what it misses (not 60003)
    JsonObject a = call(ACCOUNT_CHECK, new JsonObject());
    assertFail(a, 70402);
  }

  @Test
  void registeredButNotEmulatedEndpointSaysSoHonestly() {
    // every endpoint of the default registry is emulated; one a user adds to the registry is not
    io.github.vertxtim.registry.EndpointRegistry withNew = io.github.vertxtim.registry.EndpointRegistry.defaultRegistry()
        .toBuilder().add(new io.github.vertxtim.registry.Endpoint("group", "group_open_http_svc", "future_command", 0,
            false, null, 200, false, false, io.github.vertxtim.registry.RetrySafety.SAFE, null, null, null))
        .build();
    TimEmulator other = TimEmulator.create(vertx, new TimEmulatorOptions(options()).setRegistry(withNew));
    int port = await(other.start());
    try {
      JsonObject a = await(send(new RequestOptions().setMethod(HttpMethod.POST)
          .setURI(uri("group_open_http_svc/future_command")).setHost("127.0.0.1").setPort(port), "{}")).json();
      assertFail(a, 60017);
      assertThat(a.getString("ErrorInfo")).isEqualTo("group_open_http_svc/future_command is not emulated by TimEmulator yet");
    } finally {
      await(other.close());
    }
  }

  @Test
  void legacyAliasReachesTheCurrentEndpoint() {
    emulator.state().addGroup("Public"); // unrelated state, to show nothing else is touched
    JsonObject a = call("openim/querystate", new JsonObject().put("To_Account", new io.vertx.core.json.JsonArray()
        .add("ghost")));
    assertOk(a);
    assertThat(a.getJsonArray("ErrorList")).hasSize(1);
    assertThat(emulator.stats().requests(QUERY_ONLINE_STATUS)).isEqualTo(1);
    assertThat(emulator.stats().requests("openim/querystate")).isZero();
    assertThat(emulator.stats().answers(QUERY_ONLINE_STATUS, 0)).isEqualTo(1);
  }

  @Test
  void lastHostIsTheHostHeaderAsReceived() {
    RequestOptions ro = new RequestOptions().setMethod(HttpMethod.POST).setURI(uri(ACCOUNT_CHECK))
        .setHost("127.0.0.1").setPort(emulator.port())
        .putHeader("Host", "adminapisgp.im.qcloud.com:8443");
    Answer a = await(send(ro, BODY));
    assertOk(a.json());
    assertThat(emulator.stats().lastHost()).isEqualTo("adminapisgp.im.qcloud.com:8443");
  }

  @Test
  void statsCountRequestsAndAnswersAndReset() {
    call(ACCOUNT_CHECK, new JsonObject().put("CheckItem", new io.vertx.core.json.JsonArray()));
    call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "alice"));
    call(ACCOUNT_IMPORT, new JsonObject().put("UserID", 7));
    post("/nowhere", "{}");
    assertThat(emulator.stats().requests()).isEqualTo(4);
    assertThat(emulator.stats().requests(ACCOUNT_IMPORT)).isEqualTo(2);
    assertThat(emulator.stats().requests(ACCOUNT_CHECK)).isEqualTo(1);
    assertThat(emulator.stats().answers(0)).isEqualTo(1);
    assertThat(emulator.stats().answers(70402)).isEqualTo(1);
    assertThat(emulator.stats().answers(60015)).isEqualTo(1);
    assertThat(emulator.stats().answers(60002)).isEqualTo(1);
    assertThat(emulator.stats().answers(ACCOUNT_IMPORT, 60015)).isEqualTo(1);
    assertThat(emulator.stats().lastHost()).isEqualTo("127.0.0.1:" + emulator.port());
    emulator.stats().reset();
    assertThat(emulator.stats().requests()).isZero();
    assertThat(emulator.stats().requests(ACCOUNT_IMPORT)).isZero();
    assertThat(emulator.stats().answers(0)).isZero();
    assertThat(emulator.stats().answers(ACCOUNT_IMPORT, 60015)).isZero();
    assertThat(emulator.stats().connectionsOpened()).isZero();
    assertThat(emulator.stats().lastHost()).isNull();
  }
}

package io.github.vertxtim.tests.malformed;

import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.sig.UserSigGenerator;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's request parsing and every family's handler over malformed bodies: whatever is sent to whichever
 * emulated endpoint, the answer comes at once as the service's JSON envelope with an ErrorCode — never a hang, an
 * HTTP error, or 70500 (an exception that escaped a handler).
 */
class EmulatorRequestPropertiesTest {

  private static final long APP_ID = 1_400_000_777L;
  private static final String KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
  /** Field names the documented requests use, so wrong types land where handlers look. */
  private static final String[] FIELDS = {"To_Account", "From_Account", "MsgBody", "MsgRandom", "MsgSeq", "MsgKey",
      "MsgTimeStamp", "SyncOtherMachine", "GroupId", "GroupIdList", "MemberList", "Member_Account", "UserID",
      "CheckItem", "DeleteItem", "AccountList", "Limit", "Next", "Offset", "StartIndex", "Count", "Cursor", "Keywords",
      "TagList", "Tags", "AttrNames", "Attrs", "ProfileItem", "TagItem", "Tag", "Value", "AddFriendItem",
      "AddType", "ForceAddFlags", "CheckType", "Type", "Name", "Owner_Account", "ApplyJoinOption", "TopicId",
      "LastMsgKey", "MaxTime", "MinTime", "ReqMsgSeq", "ReqMsgNumber", "ContentId", "Content", "OfficialAccountUserID",
      "Official_Account", "Peer_Account", "Operator_Account", "ShutUpTime", "C2CmsgNospeakingTime", "TimeStamp",
      "SessionType", "ClearRamble", "ContactItem", "GroupName", "MsgLifeTime", "OfflinePushInfo", "CloudCustomData"};

  private static Vertx vertx;
  private static TimEmulator emulator;
  private static HttpClientAgent client;
  private static Context context;
  private static List<String> paths;
  private static String query;

  @BeforeContainer
  static void start() throws Exception {
    vertx = Vertx.vertx();
    context = vertx.getOrCreateContext();
    emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setSdkAppId(APP_ID).setSecretKey(KEY)
        .setRateLimitEnabled(false));
    int port = emulator.start().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port),
        new PoolOptions().setHttp1MaxSize(4));
    paths = TimEmulator.emulatedEndpoints().stream().sorted().toList();
    query = "?sdkappid=" + APP_ID + "&identifier=administrator&usersig="
        + new UserSigGenerator(APP_ID, KEY).generate("administrator", 86_400) + "&random=1&contenttype=json";
  }

  @AfterContainer
  static void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Property(tries = 600)
  void malformedBodiesGetAnEnvelopeWithACode(@ForAll("paths") String path, @ForAll("bodies") byte[] body)
      throws Exception {
    assertEnvelope(path, body);
  }

  @Property(tries = 30)
  void hugeBodiesGetAnEnvelopeWithACode(@ForAll("paths") String path, @ForAll("huge") String body) throws Exception {
    assertEnvelope(path, body.getBytes(StandardCharsets.UTF_8));
  }

  @Example
  void anOversizedHeaderIsRefusedAtOnceAndTheEmulatorKeepsServing() throws Exception {
    CompletableFuture<Integer> refused = new CompletableFuture<>();
    // a client of its own: the emulator closes the connection that sent the oversized header
    HttpClientAgent own = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1")
        .setDefaultPort(emulator.port()));
    context.runOnContext(v -> own.request(new RequestOptions().setMethod(HttpMethod.POST)
            .setURI("/v4/im_open_login_svc/account_check" + query).putHeader("X-Padding", "p".repeat(20_000)))
        .compose(req -> req.send("{}"))
        .onComplete(ar -> refused.complete(ar.succeeded() ? ar.result().statusCode() : -1)));
    assertThat(refused.get(10, TimeUnit.SECONDS)).isIn(431, 400, -1);
    own.close();
    assertEnvelope("im_open_login_svc/account_check", "{\"CheckItem\":[{\"UserID\":\"a\"}]}".getBytes(
        StandardCharsets.UTF_8));
  }

  private static void assertEnvelope(String path, byte[] body) throws Exception {
    CompletableFuture<Buffer> answer = new CompletableFuture<>();
    int[] status = new int[1];
    context.runOnContext(v -> client.request(new RequestOptions().setMethod(HttpMethod.POST)
            .setURI("/v4/" + path + query))
        .compose(req -> req.send(Buffer.buffer(body)))
        .compose(resp -> {
          status[0] = resp.statusCode();
          return resp.body();
        })
        .onComplete(ar -> {
          if (ar.succeeded()) {
            answer.complete(ar.result());
          } else {
            answer.completeExceptionally(ar.cause());
          }
        }));
    Buffer bytes = answer.get(10, TimeUnit.SECONDS);
    assertThat(status[0]).as(path).isEqualTo(200);
    JsonObject json = new JsonObject(bytes);
    assertThat(json.getString("ActionStatus")).as(path + " " + json).isIn("OK", "FAIL");
    assertThat(json.getValue("ErrorCode")).as(path + " " + json).isInstanceOf(Integer.class);
    assertThat(json.getInteger("ErrorCode")).as("%s answered %s to %s", path, json,
        abbreviate(new String(body, StandardCharsets.UTF_8))).isNotEqualTo(70500);
  }

  private static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "… (" + s.length() + " chars)";
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.of(paths);
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    Arbitrary<String> objects = MalformedJson.objectWithFields(FIELDS);
    Arbitrary<String> text = Arbitraries.oneOf(objects, objects, objects, MalformedJson.truncated(objects),
        MalformedJson.deepNesting(), MalformedJson.anyValue(), Arbitraries.strings().ofMaxLength(40));
    return Arbitraries.oneOf(text.map(t -> t.getBytes(StandardCharsets.UTF_8)), MalformedJson.randomBytes(),
        MalformedJson.invalidUtf8("To_Account"), MalformedJson.invalidUtf8("GroupId"));
  }

  @Provide
  Arbitrary<String> huge() {
    return Arbitraries.of(FIELDS).flatMap(MalformedJson::huge);
  }
}

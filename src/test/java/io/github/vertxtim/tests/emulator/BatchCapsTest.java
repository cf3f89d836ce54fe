package io.github.vertxtim.tests.emulator;

import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import io.github.vertxtim.registry.RetrySafety;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verified per-request caps answer the family's "too many" code; unverified caps are not enforced.
 * Most of these endpoints are not emulated, so an accepted request answers 60017: that shows it passed the cap.
 */
class BatchCapsTest extends EmulatorTestBase {

  private static JsonArray strings(int n) {
    JsonArray a = new JsonArray();
    IntStream.range(0, n).forEach(i -> a.add("x" + i));
    return a;
  }

  @ParameterizedTest(name = "{0}.{1} > {2} -> {3}")
  @CsvSource({
      "openim/batchsendmsg, To_Account, 500, 90011",
      "group_open_http_svc/get_group_info, GroupIdList, 50, 10005",
      "sns/friend_check, To_Account, 1000, 30001",
      "profile/portrait_get, To_Account, 100, 40001",
      "timpush/get_attr, To_Account, 100, 90018",
      "openim/query_online_status, To_Account, 500, 70402"})
  void verifiedCapAnswersTheFamilyCode(String path, String field, int cap, int code) {
    JsonObject over = call(path, new JsonObject().put(field, strings(cap + 1)));
    assertFail(over, code);
    assertThat(over.getString("ErrorInfo")).contains(String.valueOf(cap));
    JsonObject at = call(path, new JsonObject().put(field, strings(cap)));
    assertThat(at.getInteger("ErrorCode")).isNotEqualTo(code);
  }

  @Test
  void unverifiedCapIsNotEnforced() {
    // delete_group_member has no verified cap (no source confirms one): 2000 members pass to the endpoint, which
    // skips the ones that are not members
    String group = emulator.state().addGroup("Public");
    JsonObject a = call("group_open_http_svc/delete_group_member",
        new JsonObject().put("GroupId", group).put("MemberToDel_Account", strings(2000)));
    assertThat(a.getInteger("ErrorCode")).as(a.encode()).isZero();
  }

  @Test
  void capsComeFromTheRegistryAndOnlyVerifiedOnesCount() {
    EndpointRegistry unverified = EndpointRegistry.defaultRegistry().toBuilder()
        .add(new Endpoint("account", "im_open_login_svc", "account_check", 5, false, "CheckItem", 100, false, true,
            RetrySafety.SAFE, null, null, null))
        .build();
    EndpointRegistry verified = EndpointRegistry.defaultRegistry().toBuilder()
        .add(new Endpoint("account", "im_open_login_svc", "account_check", 5, true, "CheckItem", 100, false, true,
            RetrySafety.SAFE, null, null, null))
        .build();
    JsonArray ten = new JsonArray();
    IntStream.range(0, 10).forEach(i -> ten.add(new JsonObject().put("UserID", "u" + i)));
    String body = new JsonObject().put("CheckItem", ten).encode();
    assertThat(codeOn(new TimEmulatorOptions(options()).setRegistry(unverified), body)).isZero();
    assertThat(codeOn(new TimEmulatorOptions(options()).setRegistry(verified), body)).isEqualTo(70402);
  }

  private int codeOn(TimEmulatorOptions options, String body) {
    TimEmulator other = TimEmulator.create(vertx, options);
    int port = await(other.start());
    try {
      Future<Answer> a = send(new RequestOptions().setMethod(HttpMethod.POST).setURI(uri(ACCOUNT_CHECK))
          .setHost("127.0.0.1").setPort(port), body);
      return await(a).code();
    } finally {
      await(other.close());
    }
  }
}

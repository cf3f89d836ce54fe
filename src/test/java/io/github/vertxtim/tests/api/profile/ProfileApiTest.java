package io.github.vertxtim.tests.api.profile;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.profile.GetPortraitRequest;
import io.github.vertxtim.api.profile.GetPortraitResult;
import io.github.vertxtim.api.profile.ProfileItem;
import io.github.vertxtim.api.profile.SetPortraitRequest;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static io.github.vertxtim.api.profile.ProfileItem.*;
import static org.assertj.core.api.Assertions.assertThat;

/** portrait_set and portrait_get through the typed API: field types and ranges, custom fields, per-account errors. */
class ProfileApiTest extends FamilyTestBase {

  @BeforeEach
  void accounts() {
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(List.of(
        new Account("alice", "Alice", "https://img/alice.png"), Account.of("bob")))));
  }

  @Test
  void everyStandardFieldRoundTripsWithItsType() {
    await(() -> client.profiles().setPortrait(new SetPortraitRequest("alice", List.of(
        new ProfileItem(NICK, "Alice A."), new ProfileItem(GENDER, GENDER_FEMALE),
        new ProfileItem(BIRTHDAY, 19900419), new ProfileItem(LOCATION, "86-755"),
        new ProfileItem(SELF_SIGNATURE, "hi"), new ProfileItem(ALLOW_TYPE, DENY_ANY),
        new ProfileItem(LANGUAGE, 2), new ProfileItem(MSG_SETTINGS, 1),
        new ProfileItem(ADMIN_FORBID_TYPE, ADMIN_FORBID_SEND_OUT), new ProfileItem(LEVEL, 7),
        new ProfileItem(ROLE, 4294967295L), new ProfileItem(CUSTOM_PREFIX + "Hobby", "chess")))));

    GetPortraitResult got = await(() -> client.profiles().getPortrait(new GetPortraitRequest(List.of("alice"),
        List.of(NICK, GENDER, BIRTHDAY, LOCATION, SELF_SIGNATURE, ALLOW_TYPE, LANGUAGE, MSG_SETTINGS,
            ADMIN_FORBID_TYPE, LEVEL, ROLE, IMAGE, CUSTOM_PREFIX + "Hobby"))));
    GetPortraitResult.Item alice = got.item("alice").orElseThrow();
    assertThat(alice.ok()).isTrue();
    assertThat(alice.value(NICK)).contains("Alice A.");
    assertThat(alice.value(GENDER)).contains(GENDER_FEMALE);
    assertThat(((Number) alice.value(BIRTHDAY).orElseThrow()).longValue()).isEqualTo(19900419L);
    assertThat(((Number) alice.value(ROLE).orElseThrow()).longValue()).isEqualTo(4294967295L);
    assertThat(alice.value(IMAGE)).as("account_import's FaceUrl is the profile's Image")
        .contains("https://img/alice.png");
    assertThat(alice.value(CUSTOM_PREFIX + "Hobby")).contains("chess");
    assertThat(got.failAccounts()).isEmpty();
    // the Nick written by portrait_set is the account's Nick
    assertThat(state().profile("alice")).containsEntry(NICK, "Alice A.");
  }

  @Test
  void accountImportNickIsTheProfileNickAndOnlySetFieldsAreAnswered() {
    GetPortraitResult got = await(() -> client.profiles().getPortrait(new GetPortraitRequest(
        List.of("alice", "bob"), List.of(NICK, GENDER))));
    assertThat(got.item("alice").orElseThrow().profile()).extracting(ProfileItem::tag, ProfileItem::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(NICK, "Alice"));
    assertThat(got.item("bob").orElseThrow().profile()).isEmpty();
  }

  @Test
  void unknownAccountsAreAnsweredPerAccount() {
    GetPortraitResult got = await(() -> client.profiles().getPortrait(new GetPortraitRequest(
        List.of("alice", "nobody"), List.of(NICK))));
    assertThat(got.item("nobody").orElseThrow().resultCode()).isEqualTo(40003);
    assertThat(got.item("alice").orElseThrow().ok()).isTrue();
    assertThat(got.failAccounts()).containsExactly("nobody");
    awaitFailure(() -> client.profiles().setPortrait(new SetPortraitRequest("nobody",
        List.of(new ProfileItem(NICK, "x")))), 40003);
  }

  @Test
  void badFieldsAnswerTheirCodesAndChangeNothing() {
    awaitFailure(() -> client.profiles().setPortrait(new SetPortraitRequest("alice", List.of(
        new ProfileItem(NICK, "kept?"), new ProfileItem("Tag_Profile_IM_Shoe", "42")))), 40009);
    assertThat(state().profile("alice")).containsEntry(NICK, "Alice");
    awaitFailure(() -> client.profiles().setPortrait(new SetPortraitRequest("alice", List.of(
        new ProfileItem(SELF_SIGNATURE, "x".repeat(501))))), 40601);
    awaitFailure(() -> client.profiles().setPortrait(new SetPortraitRequest("alice", List.of(
        new ProfileItem(CUSTOM_PREFIX + "Bio", "é".repeat(251))))), 40601);
    awaitFailure(() -> client.profiles().setPortrait(new SetPortraitRequest("alice", List.of(
        new ProfileItem(GENDER, "Gender_Type_Robot")))), 40605);
    awaitFailure(() -> client.profiles().setPortrait(new SetPortraitRequest("alice", List.of(
        new ProfileItem(LEVEL, 4294967296L)))), 40605);
    awaitFailure(() -> client.profiles().setPortrait(new SetPortraitRequest("alice", List.of(
        new ProfileItem(LOCATION, "x".repeat(17))))), 40605);
    awaitFailure(() -> client.profiles().setPortrait(new SetPortraitRequest("alice", List.of(
        new ProfileItem(NICK, 12)))), 40610);
    awaitFailure(() -> client.profiles().setPortrait(new SetPortraitRequest("alice", List.of(
        new ProfileItem(LEVEL, List.of(1))))), 40610);
    awaitFailure(() -> client.profiles().getPortrait(new GetPortraitRequest(List.of("alice"),
        List.of("Tag_Profile_IM_Shoe"))), 40009);
    assertThat(state().profile("alice")).doesNotContainKeys(SELF_SIGNATURE, GENDER, LEVEL, LOCATION);
  }

  @Test
  void missingFieldsAnswerTheirCodes() {
    awaitFailure(() -> client.call("profile", "portrait_set", new JsonObject()
        .put("ProfileItem", new JsonArray().add(new JsonObject().put("Tag", NICK).put("Value", "x")))), 40001);
    awaitFailure(() -> client.call("profile", "portrait_set", new JsonObject().put("From_Account", "alice")),
        40001);
    awaitFailure(() -> client.call("profile", "portrait_get", new JsonObject()
        .put("TagList", new JsonArray().add(NICK))), 40002);
    awaitFailure(() -> client.call("profile", "portrait_get", new JsonObject()
        .put("To_Account", new JsonArray().add("alice"))), 40001);
  }

  @Test
  void integerFieldsAlsoTakeTheirDecimalStringAsTheOfficialSdkSendsThem() {
    await(() -> client.call("profile", "portrait_set", new JsonObject().put("From_Account", "bob")
        .put("ProfileItem", new JsonArray().add(new JsonObject().put("Tag", LEVEL).put("Value", "12")))));
    assertThat(state().profile("bob")).containsEntry(LEVEL, 12L);
  }

  @Test
  void overOneHundredAccountsFailsBeforeAnyRequest() {
    List<String> ids = IntStream.range(0, 101).mapToObj(i -> "u" + i).toList();
    Throwable t = awaitThrown(() -> client.profiles().getPortrait(new GetPortraitRequest(ids, List.of(NICK))));
    assertThat(t).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 100");
    assertThat(emulator.stats().requests("profile/portrait_get")).isZero();
    // the emulator refuses it too, with the family's code
    awaitFailure(() -> client.call("profile", "portrait_get", new JsonObject()
        .put("To_Account", new JsonArray(List.copyOf(ids))).put("TagList", new JsonArray().add(NICK))), 40001);
  }
}

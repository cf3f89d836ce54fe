package io.github.vertxtim.tests.api.profile;

import io.github.vertxtim.api.account.ImportAccountRequest;
import io.github.vertxtim.api.profile.GetPortraitRequest;
import io.github.vertxtim.api.profile.ProfileItem;
import io.github.vertxtim.api.profile.SetPortraitRequest;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With the app's custom profile fields declared (as in the console), an undeclared one answers 40009. */
class DeclaredCustomFieldsTest extends FamilyTestBase {

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return new TimEmulatorOptions().setProfileCustomFields(List.of("Hobby", "Tag_Profile_Custom_Team"));
  }

  @Test
  void onlyDeclaredCustomFieldsAreAccepted() {
    await(() -> client.accounts().importAccount(ImportAccountRequest.of("carol")));
    await(() -> client.profiles().setPortrait(new SetPortraitRequest("carol", List.of(
        new ProfileItem("Tag_Profile_Custom_Hobby", "go"), new ProfileItem("Tag_Profile_Custom_Team", "red")))));
    assertThat(state().profile("carol")).containsEntry("Tag_Profile_Custom_Team", "red");
    awaitFailure(() -> client.profiles().setPortrait(new SetPortraitRequest("carol", List.of(
        new ProfileItem("Tag_Profile_Custom_Pet", "cat")))), 40009);
    awaitFailure(() -> client.profiles().getPortrait(new GetPortraitRequest(List.of("carol"),
        List.of("Tag_Profile_Custom_Pet"))), 40009);
  }

  @Test
  void theOptionRoundTripsThroughJson() {
    JsonObject json = emulatorOptions().toJson();
    assertThat(new TimEmulatorOptions(json).getProfileCustomFields())
        .containsExactlyInAnyOrder("Tag_Profile_Custom_Hobby", "Tag_Profile_Custom_Team");
    assertThat(new TimEmulatorOptions().getProfileCustomFields()).isEmpty();
  }
}

package io.github.vertxtim.tests.api.moderation;

import io.github.vertxtim.api.moderation.AddCloudAuditKeywordsRequest;
import io.github.vertxtim.api.moderation.AddLocalAuditKeywordsRequest;
import io.github.vertxtim.api.moderation.BatchContentModerationRequest;
import io.github.vertxtim.api.moderation.BatchContentModerationResult;
import io.github.vertxtim.api.moderation.ContentModerationRequest;
import io.github.vertxtim.api.moderation.DeleteCloudAuditKeywordsRequest;
import io.github.vertxtim.api.moderation.DeleteLocalAuditKeywordsRequest;
import io.github.vertxtim.api.moderation.LocalAuditWord;
import io.github.vertxtim.api.moderation.ModerationApi;
import io.github.vertxtim.emulator.impl.moderation.ModerationState;
import io.github.vertxtim.tests.api.FamilyTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A community's moderators tune their word lists while content is checked, state checked after every step. */
class ModerationScenarioTest extends FamilyTestBase {

  private String verdict(ModerationApi m, String text) {
    return await(() -> m.moderateContent(ContentModerationRequest.text("Group", text))).result();
  }

  @Test
  void moderatorsTuneTheListsAndVerdictsFollow() {
    ModerationApi m = client.moderation();
    String lib = ModerationState.DEFAULT_LIBRARY_ID;

    // 1. nothing configured: everything passes
    assertThat(state().moderationKeywords()).isEmpty();
    assertThat(verdict(m, "free crypto giveaway")).isEqualTo("Pass");

    // 2. a cloud keyword for scams
    await(() -> m.addCloudAuditKeywords(AddCloudAuditKeywordsRequest.of(lib,
        List.of(new AddCloudAuditKeywordsRequest.UserKeyword("giveaway", "Ad")))));
    assertThat(state().moderationKeywords()).containsExactly("giveaway");
    assertThat(verdict(m, "free crypto giveaway")).isEqualTo("Block");

    // 3. local words: one intercepted, one only replaced
    await(() -> m.addLocalAuditKeywords(AddLocalAuditKeywordsRequest.of(List.of(LocalAuditWord.intercept("idiot"),
        LocalAuditWord.replace("darn", "****")))));
    assertThat(state().moderationKeywords()).containsExactly("darn", "giveaway", "idiot");
    BatchContentModerationResult batch = await(() -> m.batchModerateContent(BatchContentModerationRequest.of(
        "Group", List.of(BatchContentModerationRequest.Content.text(1, "you idiot"),
            BatchContentModerationRequest.Content.text(2, "darn it"),
            BatchContentModerationRequest.Content.text(3, "good morning")))));
    assertThat(batch.auditResults()).extracting(BatchContentModerationResult.Item::result)
        .containsExactly("Block", "Review", "Pass");

    // 4. the scam keyword was too broad: removed, and the text passes again
    await(() -> m.deleteCloudAuditKeywords(DeleteCloudAuditKeywordsRequest.of(lib, List.of("giveaway"))));
    assertThat(state().moderationKeywords()).containsExactly("darn", "idiot");
    assertThat(verdict(m, "free crypto giveaway")).isEqualTo("Pass");

    // 5. the local list is cleared
    await(() -> m.deleteLocalAuditKeywords(DeleteLocalAuditKeywordsRequest.of(List.of(
        LocalAuditWord.byKeyword("idiot"), LocalAuditWord.byKeyword("darn")))));
    assertThat(state().moderationKeywords()).isEmpty();
    assertThat(verdict(m, "you idiot")).isEqualTo("Pass");
  }
}

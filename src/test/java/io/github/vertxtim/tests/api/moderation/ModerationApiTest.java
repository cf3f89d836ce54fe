package io.github.vertxtim.tests.api.moderation;

import io.github.vertxtim.api.moderation.AddCloudAuditKeywordsRequest;
import io.github.vertxtim.api.moderation.AddLocalAuditKeywordsRequest;
import io.github.vertxtim.api.moderation.BatchContentModerationRequest;
import io.github.vertxtim.api.moderation.BatchContentModerationResult;
import io.github.vertxtim.api.moderation.ContentModerationRequest;
import io.github.vertxtim.api.moderation.ContentModerationResult;
import io.github.vertxtim.api.moderation.DeleteCloudAuditKeywordsRequest;
import io.github.vertxtim.api.moderation.DeleteCloudAuditKeywordsResult;
import io.github.vertxtim.api.moderation.DeleteLocalAuditKeywordsRequest;
import io.github.vertxtim.api.moderation.GetCloudAuditKeywordsIdsRequest;
import io.github.vertxtim.api.moderation.GetCloudAuditKeywordsIdsResult;
import io.github.vertxtim.api.moderation.GetCloudAuditKeywordsRequest;
import io.github.vertxtim.api.moderation.GetCloudAuditKeywordsResult;
import io.github.vertxtim.api.moderation.GetLocalAuditKeywordsRequest;
import io.github.vertxtim.api.moderation.GetLocalAuditKeywordsResult;
import io.github.vertxtim.api.moderation.LocalAuditWord;
import io.github.vertxtim.api.moderation.RequestIdResult;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.emulator.impl.moderation.ModerationState;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every moderation endpoint through the typed API: keyword lists, real matching, limits, paged and bulk walks. */
class ModerationApiTest extends FamilyTestBase {

  static final String LIB = ModerationState.DEFAULT_LIBRARY_ID;

  private void addLocal(LocalAuditWord... words) {
    RequestIdResult r = await(() -> client.moderation().addLocalAuditKeywords(
        AddLocalAuditKeywordsRequest.of(List.of(words))));
    assertThat(r.requestId()).isNotBlank();
  }

  private ContentModerationResult moderate(String text) {
    return await(() -> client.moderation().moderateContent(ContentModerationRequest.text("C2C", text)));
  }

  @Test
  void localWordsAreAddedListedAndDeleted() {
    addLocal(LocalAuditWord.intercept("badword"), LocalAuditWord.replace("meh", "***"),
        LocalAuditWord.regex("b[a@]dd+"));
    assertThat(state().moderationKeywords()).containsExactly("b[a@]dd+", "badword", "meh");

    GetLocalAuditKeywordsResult all = await(() -> client.moderation().getLocalAuditKeywords(
        GetLocalAuditKeywordsRequest.page(0, 100)));
    assertThat(all.localAuditWords()).extracting(LocalAuditWord::keyword).containsExactly("badword", "meh",
        "b[a@]dd+");
    assertThat(all.localAuditWords()).allSatisfy(w -> {
      assertThat(w.id()).isPositive();
      assertThat(w.updateTime()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    });
    assertThat(all.localAuditWords().get(1).replacedContent()).isEqualTo("***");
    assertThat(all.totalCount()).isEqualTo(2);
    assertThat(all.totalRegCount()).isEqualTo(1);
    assertThat(all.curCount()).isEqualTo(2);
    assertThat(all.curRegCount()).isEqualTo(1);
    assertThat(await(() -> client.moderation().getLocalAuditKeywords(new GetLocalAuditKeywordsRequest(null,
        LocalAuditWord.REPLACE, 0, 10, null))).localAuditWords()).extracting(LocalAuditWord::keyword)
        .containsExactly("meh");
    assertThat(await(() -> client.moderation().getLocalAuditKeywords(new GetLocalAuditKeywordsRequest(null, null,
        0, 10, "word"))).localAuditWords()).extracting(LocalAuditWord::keyword).containsExactly("badword");

    long badwordId = all.localAuditWords().get(0).id();
    await(() -> client.moderation().deleteLocalAuditKeywords(DeleteLocalAuditKeywordsRequest.of(List.of(
        LocalAuditWord.byId(badwordId),
        LocalAuditWord.byKeyword("meh")))));
    assertThat(state().moderationKeywords()).containsExactly("b[a@]dd+");
  }

  @Test
  void contentModerationMatchesTheWordsAndAnswersTheVerdict() {
    addLocal(LocalAuditWord.intercept("badword"), LocalAuditWord.replace("meh", "***"),
        LocalAuditWord.regex("b[a@]dd+"));
    await(() -> client.moderation().addCloudAuditKeywords(AddCloudAuditKeywordsRequest.of(LIB,
        List.of(new AddCloudAuditKeywordsRequest.UserKeyword("spam", "Ad")))));

    ContentModerationResult blocked = moderate("this has a badword in it");
    assertThat(blocked.blocked()).isTrue();
    assertThat(blocked.keywords()).containsExactly("badword");
    assertThat(blocked.score()).isEqualTo(100);
    assertThat(blocked.requestId()).isNotBlank();
    assertThat(moderate("b@ddd regex").keywords()).containsExactly("b[a@]dd+");
    ContentModerationResult ad = moderate("buy spam now");
    assertThat(ad.result()).isEqualTo(ContentModerationResult.BLOCK);
    assertThat(ad.label()).isEqualTo("Ad");
    ContentModerationResult review = moderate("meh");
    assertThat(review.result()).isEqualTo(ContentModerationResult.REVIEW);
    ContentModerationResult pass = moderate("all clean");
    assertThat(pass.result()).isEqualTo(ContentModerationResult.PASS);
    assertThat(pass.label()).isEqualTo("Normal");
    assertThat(pass.score()).isZero();
    assertThat(pass.keywords()).isEmpty();
    assertThat(await(() -> client.moderation().moderateContent(new ContentModerationRequest("Group",
        ContentModerationRequest.IMAGE, "https://example.com/badword.png", null, null))).result())
        .as("no image recogniser: images pass").isEqualTo(ContentModerationResult.PASS);

    awaitFailure(() -> client.moderation().moderateContent(ContentModerationRequest.text("C2C",
        "x".repeat(8 * 1024 + 1))), 93000);
    assertThat(moderate("x".repeat(8 * 1024)).result()).isEqualTo(ContentModerationResult.PASS);
    awaitFailure(() -> client.moderation().moderateContent(new ContentModerationRequest("C2C", "Doc", "x", null,
        null)), 2003);
  }

  @Test
  void batchModerationAnswersEachItem() {
    addLocal(LocalAuditWord.intercept("badword"));
    BatchContentModerationResult r = await(() -> client.moderation().batchModerateContent(
        BatchContentModerationRequest.of("Group", List.of(
            BatchContentModerationRequest.Content.text(10, "a badword"),
            BatchContentModerationRequest.Content.text(11, "fine"),
            new BatchContentModerationRequest.Content(12L, "Audio", "https://example.com/a.mp3"),
            BatchContentModerationRequest.Content.text(13, "y".repeat(8 * 1024 + 1))))));
    assertThat(r.auditResults()).extracting(i -> i.contentId() + ":" + i.errorCode() + ":" + i.result())
        .containsExactly("10:0:Block", "11:0:Pass", "12:93005:null", "13:93000:null");
    assertThat(r.auditResults().get(0).keywords()).containsExactly("badword");

    awaitFailure(() -> client.moderation().batchModerateContent(BatchContentModerationRequest.of("Group", List.of(
        BatchContentModerationRequest.Content.text(1, "a"), BatchContentModerationRequest.Content.text(1, "b")))),
        93007);
    List<BatchContentModerationRequest.Content> eleven = IntStream.range(0, 11)
        .mapToObj(i -> BatchContentModerationRequest.Content.text(i, "t")).toList();
    assertThat(awaitThrown(() -> client.moderation().batchModerateContent(
        BatchContentModerationRequest.of("Group", eleven)))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 10");
  }

  @Test
  void cloudKeywordsLiveInTheDefaultLibrary() {
    GetCloudAuditKeywordsIdsResult libs = await(() -> client.moderation().getCloudAuditKeywordsIds(
        GetCloudAuditKeywordsIdsRequest.page(0, 10)));
    assertThat(libs.totalCount()).isEqualTo(1);
    assertThat(libs.infos()).singleElement().satisfies(l -> {
      assertThat(l.id()).isEqualTo(LIB);
      assertThat(l.suggestion()).isEqualTo("Block");
    });

    await(() -> client.moderation().addCloudAuditKeywords(AddCloudAuditKeywordsRequest.of(LIB, List.of(
        new AddCloudAuditKeywordsRequest.UserKeyword("spam", "Ad"),
        new AddCloudAuditKeywordsRequest.UserKeyword("scam", null)))));
    GetCloudAuditKeywordsResult words = await(() -> client.moderation().getCloudAuditKeywords(
        GetCloudAuditKeywordsRequest.page(LIB, 0, 10)));
    assertThat(words.totalCount()).isEqualTo(2);
    assertThat(words.infos()).extracting(k -> k.content() + "/" + k.label()).containsExactly("spam/Ad",
        "scam/Composite");
    assertThat(await(() -> client.moderation().getCloudAuditKeywords(new GetCloudAuditKeywordsRequest(null, 0, 10,
        LIB, "sp"))).infos()).extracting(GetCloudAuditKeywordsResult.Keyword::content).containsExactly("spam");

    DeleteCloudAuditKeywordsResult deleted = await(() -> client.moderation().deleteCloudAuditKeywords(
        DeleteCloudAuditKeywordsRequest.of(LIB, List.of("spam", "nope"))));
    assertThat(deleted.count()).isEqualTo(1);
    assertThat(deleted.details()).extracting(d -> d.keyword() + "=" + d.deleted()).containsExactly("spam=true",
        "nope=false");
    assertThat(state().moderationKeywords()).containsExactly("scam");

    awaitFailure(() -> client.moderation().getCloudAuditKeywords(GetCloudAuditKeywordsRequest.page("nope", 0, 10)),
        2003);
    awaitFailure(() -> client.moderation().addCloudAuditKeywords(AddCloudAuditKeywordsRequest.of(LIB, List.of(
        new AddCloudAuditKeywordsRequest.UserKeyword("x", "Funny")))), 2003);
    awaitFailure(() -> client.moderation().addCloudAuditKeywords(new AddCloudAuditKeywordsRequest(1L, LIB, List.of(
        new AddCloudAuditKeywordsRequest.UserKeyword("x", null)))), 2003);
    assertThat(awaitThrown(() -> client.moderation().getCloudAuditKeywordsIds(
        GetCloudAuditKeywordsIdsRequest.page(0, 101)))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keywordListsRefuseMoreThanTenBeforeAnyRequest() {
    List<LocalAuditWord> eleven = IntStream.range(0, 11).mapToObj(i -> LocalAuditWord.intercept("w" + i)).toList();
    assertThat(awaitThrown(() -> client.moderation().addLocalAuditKeywords(AddLocalAuditKeywordsRequest.of(eleven))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LocalAuditWords");
    assertThat(awaitThrown(() -> client.moderation().deleteCloudAuditKeywords(DeleteCloudAuditKeywordsRequest.of(LIB,
        IntStream.range(0, 11).mapToObj(i -> "k" + i).toList())))).isInstanceOf(IllegalArgumentException.class);
    assertThat(state().moderationKeywords()).isEmpty();
  }

  @Test
  void bulkAddsInChunksOfTenAndPagesWalkEveryWord() {
    List<JsonObject> words = IntStream.range(0, 25)
        .mapToObj(i -> new JsonObject().put("Keyword", "word" + i).put("WordType", 1).put("FilterType", 2)).toList();
    BulkSummary summary = await(() -> {
      BulkJob<JsonObject> job = client.bulk("im_msg_audit_mgr", "add_local_audit_keywords", words,
          new BulkOptions());
      return job.summary();
    });
    assertThat(summary.ok()).isEqualTo(25);
    assertThat(summary.calls()).isEqualTo(3);
    assertThat(state().moderationKeywords()).hasSize(25);

    List<JsonObject> listed = allPages(client.pages("im_msg_audit_mgr", "get_local_audit_keywords",
        new JsonObject().put("Offset", 0).put("Limit", 10)));
    assertThat(listed).extracting(o -> o.getString("Keyword")).hasSize(25).doesNotHaveDuplicates()
        .contains("word0", "word24");

    List<JsonObject> cloud = IntStream.range(0, 15)
        .mapToObj(i -> new JsonObject().put("Content", "cloud" + i)).toList();
    assertThat(await(() -> client.bulk("im_msg_audit_mgr", "add_cloud_audit_keywords", cloud,
        new BulkOptions().setTemplate(new JsonObject().put("LibID", LIB))).summary()).calls()).isEqualTo(2);
    List<JsonObject> walked = allPages(client.pages("im_msg_audit_mgr", "get_cloud_audit_keywords",
        new JsonObject().put("LibID", LIB).put("Offset", 0).put("Limit", 10)));
    assertThat(walked).hasSize(15);
    assertThat(emulator.stats().requests("im_msg_audit_mgr/get_cloud_audit_keywords")).isEqualTo(2);
  }
}

package io.github.vertxtim.tests.api.official;

import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.api.moderation.BatchContentModerationResult;
import io.github.vertxtim.api.moderation.LocalAuditWord;
import io.github.vertxtim.api.official.GetOfficialAccountMsgSimpleResult;
import io.github.vertxtim.api.official.GetSubscriberInfoResult;
import io.github.vertxtim.api.official.SendOfficialAccountMsgRequest;
import io.github.vertxtim.internal.JsonCodec;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The records of both families: documented names and widths, unknown fields kept, absent ones not sent. */
class OfficialRecordsTest {

  @Test
  void answersKeepFieldsTheyDoNotKnowAndReadWideNumbers() {
    GetSubscriberInfoResult r = JsonCodec.decode(new JsonObject().put("Next", "TGSOTk=").put("SubscriberNum", 780031)
        .put("SubscriberList", new JsonArray().add(new JsonObject().put("Subscriber_Account", "a")
            .put("SubscribeTime", 4_102_444_800L).put("Tomorrow", 1)))
        .put("NewField", "kept"), JsonCodec.type(GetSubscriberInfoResult.class));
    assertThat(r.unknownFields()).containsEntry("NewField", "kept");
    assertThat(r.subscriberList().get(0).subscribeTime()).isEqualTo(4_102_444_800L);
    assertThat(r.subscriberList().get(0).unknownFields()).containsEntry("Tomorrow", 1);

    GetOfficialAccountMsgSimpleResult h = JsonCodec.decode(new JsonObject().put("IsFinished", 1)
        .put("RspMsgList", new JsonArray().add(new JsonObject().put("MsgRandom", 4_294_967_295L)
            .put("MsgSeq", 71).put("MsgBody", new JsonArray().add(new JsonObject().put("MsgType", "TIMTextElem")
                .put("MsgContent", new JsonObject().put("Text", "hi")))))), JsonCodec.type(
        GetOfficialAccountMsgSimpleResult.class));
    assertThat(h.finished()).isTrue();
    assertThat(h.rspMsgList().get(0).msgRandom()).isEqualTo(4_294_967_295L);
    assertThat(h.rspMsgList().get(0).msgBody()).containsExactly(MsgBody.text("hi").get(0));

    BatchContentModerationResult b = JsonCodec.decode(new JsonObject(), JsonCodec.type(
        BatchContentModerationResult.class));
    assertThat(b.auditResults()).isEmpty();
  }

  @Test
  void requestsSendOnlyWhatIsGivenUnderTheDocumentedNames() {
    JsonObject send = JsonCodec.toJsonObject(SendOfficialAccountMsgRequest.of("@TOA#_a", 9875, MsgBody.text("x")));
    assertThat(send.fieldNames()).containsExactlyInAnyOrder("Official_Account", "Random", "MsgBody");
    assertThat(send.getLong("Random")).isEqualTo(9875);
    JsonObject word = JsonCodec.toJsonObject(LocalAuditWord.replace("darn", "****"));
    assertThat(word).isEqualTo(new JsonObject().put("Keyword", "darn").put("WordType", 1).put("FilterType", 1)
        .put("ReplacedContent", "****"));
  }
}

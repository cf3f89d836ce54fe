package io.github.vertxtim.tests.message;

import io.github.vertxtim.api.message.AndroidInfo;
import io.github.vertxtim.api.message.ApnsInfo;
import io.github.vertxtim.api.message.CloudCustomData;
import io.github.vertxtim.api.message.ImageContent;
import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.api.message.MsgElement;
import io.github.vertxtim.api.message.OfflinePushInfo;
import io.github.vertxtim.api.message.TextContent;
import io.github.vertxtim.api.message.UnknownContent;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.vertxtim.tests.message.MessageJson.element;
import static io.github.vertxtim.tests.message.MessageJson.encoded;
import static io.github.vertxtim.tests.message.MessageJson.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the docs do not show: unknown MsgTypes and fields survive, builders produce the documented JSON. */
class UnknownAndBuildersTest {

  @Test
  void unknownMsgTypeIsKeptAndSentBackUnderItsOwnType() {
    String sample = """
        {"MsgType": "TIMStreamElem",
         "MsgContent": {"Chunks": ["a", "b"], "Final": true, "Seq": 4294967296, "Meta": {"k": 1.5}}}
        """;
    MsgElement e = roundTrip(sample, MsgElement.class);
    assertThat(e.msgType()).isEqualTo("TIMStreamElem");
    assertThat(MsgElement.isKnown("TIMStreamElem")).isFalse();
    UnknownContent c = (UnknownContent) e.msgContent();
    assertThat(c.msgType()).isEqualTo("TIMStreamElem");
    assertThat(c.unknownFields()).containsEntry("Final", true).containsEntry("Seq", 4294967296L)
        .containsKeys("Chunks", "Meta");
    assertThat(encoded(e).getString("MsgType")).isEqualTo("TIMStreamElem");
  }

  /** JSON nulls inside kept fields survive a round trip (absent components are still not sent). */
  @Test
  void jsonNullsInsideKeptFieldsSurvive() {
    roundTrip("""
        {"MsgType": "TIMStreamElem", "MsgContent": {"K": null, "Meta": {"k": null}, "L": [null, 1]}}
        """, MsgElement.class);
    roundTrip("""
        {"MsgType": "TIMTextElem", "MsgContent": {"Text": "a", "K": null}}
        """, MsgElement.class);
  }

  @Test
  void unknownElementAmidKnownOnesKeepsItsPlace() {
    JsonArray body = new JsonArray()
        .add(new JsonObject().put("MsgType", "TIMTextElem").put("MsgContent", new JsonObject().put("Text", "a")))
        .add(new JsonObject().put("MsgType", "TIMNewElem").put("MsgContent", new JsonObject().put("X", 1)))
        .add(new JsonObject().put("MsgType", "TIMTextElem").put("MsgContent", new JsonObject().put("Text", "b")));
    List<MsgElement> elements = body.stream().map(o -> element(((JsonObject) o).encode())).toList();
    assertThat(elements).extracting(MsgElement::msgType).containsExactly("TIMTextElem", "TIMNewElem", "TIMTextElem");
    JsonArray again = new JsonArray();
    elements.forEach(el -> again.add(encoded(el)));
    assertThat(again).isEqualTo(body);
  }

  @Test
  void unknownFieldInsideAKnownElementIsKept() {
    MsgElement e = roundTrip("""
        {"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi", "Mention": {"All": 1}, "Lang": "en"}}
        """, MsgElement.class);
    TextContent c = (TextContent) e.msgContent();
    assertThat(c.text()).isEqualTo("hi");
    assertThat(c.unknownFields()).containsEntry("Lang", "en").containsEntry("Mention", Map.of("All", 1));
  }

  @Test
  void unknownFieldBesideMsgTypeAndMsgContentIsKept() {
    MsgElement e = roundTrip("""
        {"MsgType": "TIMFaceElem", "MsgContent": {"Index": 3}, "ElemSeq": 7}
        """, MsgElement.class);
    assertThat(e.unknownFields()).containsEntry("ElemSeq", 7);
  }

  @Test
  void elementWithoutMsgTypeOrMsgContentIsRefused() {
    assertThatThrownBy(() -> element("""
        {"MsgContent": {"Text": "hi"}}
        """)).hasMessageContaining("MsgType");
    assertThatThrownBy(() -> element("""
        {"MsgType": "TIMTextElem"}
        """)).hasMessageContaining("MsgContent");
  }

  @Test
  void buildersProduceTheDocumentedJson() {
    assertThat(encoded(MsgElement.text("hello world"))).isEqualTo(new JsonObject("""
        {"MsgType": "TIMTextElem", "MsgContent": {"Text": "hello world"}}
        """));
    assertThat(encoded(MsgElement.face(1, "content"))).isEqualTo(new JsonObject("""
        {"MsgType": "TIMFaceElem", "MsgContent": {"Index": 1, "Data": "content"}}
        """));
    assertThat(encoded(MsgElement.location("someinfo", 29.340656774469956, 116.77497920478824)))
        .isEqualTo(new JsonObject("""
            {"MsgType": "TIMLocationElem",
             "MsgContent": {"Desc": "someinfo", "Latitude": 29.340656774469956, "Longitude": 116.77497920478824}}
            """));
    assertThat(encoded(MsgElement.custom("message", "notification", "url"))).isEqualTo(new JsonObject("""
        {"MsgType": "TIMCustomElem", "MsgContent": {"Data": "message", "Desc": "notification", "Ext": "url"}}
        """));
  }

  @Test
  void msgTypeIsWrittenFirst() {
    assertThat(encoded(MsgElement.text("x")).fieldNames()).containsExactly("MsgType", "MsgContent");
  }

  @Test
  void bodyBuilders() {
    assertThat(MsgBody.text("hi")).containsExactly(MsgElement.text("hi"));
    assertThat(MsgBody.of(MsgElement.text("hello"), MsgElement.face(1, "content")))
        .extracting(MsgElement::msgType).containsExactly("TIMTextElem", "TIMFaceElem");
  }

  @Test
  void absentOptionalsAreNotSent() {
    assertThat(encoded(MsgElement.custom("d", null, null)).getJsonObject("MsgContent"))
        .isEqualTo(new JsonObject().put("Data", "d"));
    assertThat(encoded(MsgElement.face(0, null)).getJsonObject("MsgContent"))
        .isEqualTo(new JsonObject().put("Index", 0));
    assertThat(encoded(MsgElement.of(new ImageContent("u", null, null))).getJsonObject("MsgContent"))
        .isEqualTo(new JsonObject().put("UUID", "u"));
    assertThat(encoded(OfflinePushInfo.of("t", null))).isEqualTo(new JsonObject().put("Title", "t"));
    assertThat(encoded(AndroidInfo.builder().build())).isEqualTo(new JsonObject());
  }

  @Test
  void offlinePushBuilders() {
    OfflinePushInfo push = OfflinePushInfo.of("title", "desc")
        .withExt(CloudCustomData.ofJson(new JsonObject().put("k", "v")))
        .withAndroidInfo(AndroidInfo.builder().huaWeiChannelId("hw").vivoClassification(1).build())
        .withApnsInfo(ApnsInfo.builder().badgeMode(1).mutableContent(1).build());
    assertThat(encoded(push)).isEqualTo(new JsonObject("""
        {"Title": "title", "Desc": "desc", "Ext": "{\\"k\\":\\"v\\"}",
         "AndroidInfo": {"HuaWeiChannelID": "hw", "VIVOClassification": 1},
         "ApnsInfo": {"BadgeMode": 1, "MutableContent": 1}}
        """));
    assertThat(encoded(OfflinePushInfo.noPush())).isEqualTo(new JsonObject().put("PushFlag", 1));
  }

  @Test
  void cloudCustomDataIsJsonText() {
    assertThat(CloudCustomData.ofJson(Map.of("order", 42))).isEqualTo("{\"order\":42}");
  }
}

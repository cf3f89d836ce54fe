package io.github.vertxtim.tests.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.message.AndroidInfo;
import io.github.vertxtim.api.message.ApnsInfo;
import io.github.vertxtim.api.message.CustomContent;
import io.github.vertxtim.api.message.MsgElement;
import io.github.vertxtim.api.message.OfflinePushInfo;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.vertxtim.tests.message.MessageJson.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented MsgBody, CloudCustomData and OfflinePushInfo samples, inside a request-shaped record as sendmsg
 * and its kin will carry them. Sources: "Message Formats" (https://trtc.io/document/33527, English edition) and the
 * newer OfflinePushInfo page (https://www.tencentcloud.com/document/product/1047/77715, its marketing sample; the
 * page's comments are left out).
 */
class BodyAndPushSamplesTest {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Body(@JsonProperty("MsgBody") List<MsgElement> msgBody,
              @JsonProperty("CloudCustomData") String cloudCustomData,
              @JsonProperty("OfflinePushInfo") OfflinePushInfo offlinePushInfo,
              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {
  }

  @Test
  void combinedMessageKeepsElementOrder() {
    Body body = roundTrip("""
        {
            "MsgBody": [
                {"MsgType": "TIMTextElem", "MsgContent": {"Text": "hello"}},
                {"MsgType": "TIMFaceElem", "MsgContent": {"Index": 1, "Data": "content"}},
                {"MsgType": "TIMTextElem", "MsgContent": {"Text": "world"}}
            ]
        }
        """, Body.class);
    assertThat(body.msgBody()).containsExactly(
        MsgElement.text("hello"), MsgElement.face(1, "content"), MsgElement.text("world"));
  }

  @Test
  void cloudCustomDataIsAStringBesideTheBody() {
    Body body = roundTrip("""
        {
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hello"}}],
            "CloudCustomData": "your cloud custom data"
        }
        """, Body.class);
    assertThat(body.cloudCustomData()).isEqualTo("your cloud custom data");
  }

  @Test
  void apnsCustomSoundSample() {
    Body body = roundTrip("""
        {
            "To_Account": "lumotuwe5",
            "MsgRandom": 121212,
            "MsgBody": [
                {
                    "MsgType": "TIMCustomElem",
                    "MsgContent": {
                        "Data": "other information",
                        "Desc": "hello",
                        "Ext": "www.qq.com",
                        "Sound": "dingdong.aiff"
                    }
                },
                {"MsgType": "TIMTextElem", "MsgContent": {"Text": "world"}}
            ]
        }
        """, Body.class);
    assertThat(body.msgBody().get(0).msgContent())
        .isEqualTo(new CustomContent("other information", "hello", "www.qq.com", "dingdong.aiff"));
    assertThat(body.msgBody().get(1)).isEqualTo(MsgElement.text("world"));
  }

  @Test
  void offlinePushInfoOfMessageFormatsPage() {
    Body body = roundTrip("""
        {
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hello"}}],
            "OfflinePushInfo": {
                "PushFlag": 0,
                "Title":"This is the push title",
                "Desc": "This is the offline push content",
                "Ext": "Passthrough content",
                "AndroidInfo": {
                    "Sound": "android.mp3",
                    "OPPOChannelID": "test_OPPO_channel_id",
                    "VIVOClassification": 1
                },
                "ApnsInfo": {
                    "Sound": "apns.mp3",
                    "BadgeMode": 1,
                    "Title":"apns title",
                    "SubTitle":"apns subtitle",
                    "Image":"www.image.com",
                    "MutableContent": 1
                }
            }
        }
        """, Body.class);
    OfflinePushInfo push = body.offlinePushInfo();
    assertThat(push.pushFlag()).isEqualTo(OfflinePushInfo.PUSH);
    assertThat(push.title()).isEqualTo("This is the push title");
    assertThat(push.desc()).isEqualTo("This is the offline push content");
    assertThat(push.ext()).isEqualTo("Passthrough content");
    assertThat(push.androidInfo()).isEqualTo(AndroidInfo.builder()
        .sound("android.mp3").oppoChannelId("test_OPPO_channel_id").vivoClassification(1).build());
    assertThat(push.apnsInfo()).isEqualTo(ApnsInfo.builder().sound("apns.mp3").badgeMode(1).title("apns title")
        .subTitle("apns subtitle").image("www.image.com").mutableContent(1).build());
  }

  @Test
  void offlinePushInfoVendorCategories() {
    OfflinePushInfo push = roundTrip("""
        {
            "PushFlag": 0,
            "Title":"离线推送标题",
            "Desc": "离线推送内容",
            "Ext": "{\\"entity\\":{\\"key1\\":\\"value1\\",\\"key2\\":\\"value2\\"}}",
            "AndroidInfo": {
                "Sound": "shake",
                "XiaoMiChannelID": "xiaomi_channel_id",
                "OPPOChannelID": "oppo_channel_id",
                "OPPOCategory": "MARKETING",
                "VIVOCategory": "MARKETING",
                "HuaWeiCategory": "MARKETING",
                "HonorImportance": "LOW",
                "MeiZuNoticeMsgType": 0
            },
            "ApnsInfo": {
                "Sound": "apns.mp3",
                "BadgeMode": 1,
                "Title":"apns title",
                "SubTitle":"apns subtitle",
                "Image":"www.image.com",
                "MutableContent": 1
            }
        }
        """, OfflinePushInfo.class);
    assertThat(new JsonObject(push.ext()).getJsonObject("entity").getString("key2")).isEqualTo("value2");
    AndroidInfo android = push.androidInfo();
    assertThat(android.xiaoMiChannelId()).isEqualTo("xiaomi_channel_id");
    assertThat(android.oppoCategory()).isEqualTo("MARKETING");
    assertThat(android.vivoCategory()).isEqualTo("MARKETING");
    assertThat(android.huaWeiCategory()).isEqualTo("MARKETING");
    assertThat(android.honorImportance()).isEqualTo("LOW");
    assertThat(android.meiZuNoticeMsgType()).isEqualTo(0);
    assertThat(android.unknownFields()).isEmpty();
  }

  @Test
  void offlinePushInfoFieldsOfTheFieldTable() {
    // every AndroidInfo field the Message Formats page's table names, with its documented type
    AndroidInfo android = roundTrip("""
        {
            "Sound": "android.mp3",
            "HuaWeiChannelID": "hw",
            "XiaoMiChannelID": "mi",
            "OPPOChannelID": "oppo",
            "GoogleChannelID": "fcm",
            "VIVOClassification": 0,
            "HuaWeiImportance": "NORMAL",
            "ExtAsHuaweiIntentParam": 1,
            "HuaWeiCategory": "IM",
            "OPPOPrivateMsgTemplateId": "tpl"
        }
        """, AndroidInfo.class);
    assertThat(android.huaWeiChannelId()).isEqualTo("hw");
    assertThat(android.googleChannelId()).isEqualTo("fcm");
    assertThat(android.vivoClassification()).isZero();
    assertThat(android.huaWeiImportance()).isEqualTo("NORMAL");
    assertThat(android.extAsHuaweiIntentParam()).isEqualTo(1);
    assertThat(android.oppoPrivateMsgTemplateId()).isEqualTo("tpl");
    assertThat(android.unknownFields()).isEmpty();
  }
}

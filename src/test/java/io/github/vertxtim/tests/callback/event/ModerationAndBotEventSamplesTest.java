package io.github.vertxtim.tests.callback.event;

import io.github.vertxtim.api.message.TextContent;
import io.github.vertxtim.callback.event.bot.BotOnC2cMessageEvent;
import io.github.vertxtim.callback.event.bot.BotOnGroupMessageEvent;
import io.github.vertxtim.callback.event.bot.ChatbotOnC2cSignalMessageEvent;
import io.github.vertxtim.callback.event.moderation.ContentResultNotifyEvent;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import static io.github.vertxtim.tests.callback.event.EventSamples.decode;
import static io.github.vertxtim.tests.callback.event.EventSamples.encode;
import static io.github.vertxtim.tests.callback.event.EventSamples.event;
import static org.assertj.core.api.Assertions.assertThat;

/** The documented samples of the content-moderation result and the chatbot callbacks, field by field. */
class ModerationAndBotEventSamplesTest {

  @Test
  void contentResultNotifyHasNoCallbackCommandInItsBody() {
    ContentResultNotifyEvent e = event("ContentCallback.ResultNotify", ContentResultNotifyEvent.class);
    assertThat(e.scene()).isEqualTo(ContentResultNotifyEvent.C2C);
    assertThat(e.sdkAppId()).isEqualTo(1400187352L);
    assertThat(e.fromAccount()).isEqualTo("jared");
    assertThat(e.contactItem().contactType()).isEqualTo(ContentResultNotifyEvent.Contact.ONE_TO_ONE);
    assertThat(e.contactItem().toAccount()).isEqualTo("Jonh");
    assertThat(e.contactItem().toGroupId()).isNull();
    assertThat(e.contentType()).isEqualTo(ContentResultNotifyEvent.TEXT);
    assertThat(e.textContent()).containsExactly("aaabbbccc", "1234567");
    assertThat(e.msgId()).isEqualTo("1434460578_4137340972_1661154487");
    assertThat(e.ctxcbResult()).isEqualTo(ContentResultNotifyEvent.BLOCKED);
    assertThat(e.ctxcbRequestId()).isEqualTo("241ed925-4c56-4357-95dd-1e6e7798f214");
    assertThat(e.ctxcbKeywords()).isEmpty();
    assertThat(encode(e).containsKey("CallbackCommand")).isFalse();
  }

  @Test
  void aGroupRecipientIsReadAsToGroupIdOrGroupId() {
    for (String name : new String[] {"ToGroupId", "GroupId"}) {
      ContentResultNotifyEvent e = decode(new JsonObject().put("Scene", "Group")
          .put("ContactItem", new JsonObject().put("ContactType", 2).put(name, "@TGS#1"))
          .put("CtxcbKeywords", new JsonArray().add("bad")).put("CtxcbSuggestion", "Block")
          .put("CtxcbLabel", "Porn").put("CtxcbSubLabel", "PornHigh").put("CtxcbLibName", "lib"),
          ContentResultNotifyEvent.class);
      assertThat(e.contactItem().contactType()).isEqualTo(ContentResultNotifyEvent.Contact.GROUP_CHAT);
      assertThat(e.contactItem().toGroupId()).as(name).isEqualTo("@TGS#1");
      assertThat(e.contactItem().unknownFields()).as(name).isEmpty();
      assertThat(e.ctxcbKeywords()).containsExactly("bad");
      assertThat(e.ctxcbSubLabel()).isEqualTo("PornHigh");
      assertThat(encode(e).getJsonObject("ContactItem").getString("ToGroupId")).isEqualTo("@TGS#1");
    }
  }

  @Test
  void botOnC2cMessage() {
    BotOnC2cMessageEvent e = event("Bot.OnC2CMessage", BotOnC2cMessageEvent.class);
    assertThat(e.fromAccount()).isEqualTo("jared");
    assertThat(e.toAccount()).isEqualTo("Jonh");
    assertThat(e.msgSeq()).isEqualTo(48374L);
    assertThat(e.msgRandom()).isEqualTo(2837546L);
    assertThat(e.msgTime()).isEqualTo(1557481126L);
    assertThat(e.msgKey()).isEqualTo("48374_2837546_1557481126");
    assertThat(e.onlineOnlyFlag()).isEqualTo(1);
    assertThat(e.sendMsgResult()).isEqualTo(0);
    assertThat(e.errorInfo()).isEqualTo("send msg succeed");
    assertThat(e.msgBody().get(0).msgContent()).isEqualTo(new TextContent("red packet"));
    assertThat(e.cloudCustomData()).isEqualTo("your cloud custom data");
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void botOnGroupMessage() {
    BotOnGroupMessageEvent e = event("Bot.OnGroupMessage", BotOnGroupMessageEvent.class);
    assertThat(e.groupId()).isEqualTo("@TGS#2J4SZEAEL");
    assertThat(e.fromAccount()).isEqualTo("jared");
    assertThat(e.operatorAccount()).isEqualTo("admin");
    assertThat(e.random()).isEqualTo(123456L);
    assertThat(e.msgSeq()).isEqualTo(123L);
    assertThat(e.msgTime()).isEqualTo(1490686222L);
    assertThat(e.msgBody().get(0).msgContent()).isEqualTo(new TextContent("@@RBT#001 hello"));
    assertThat(e.atRobotsAccount()).containsExactly("@RBT#001");
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void theMentionedBotsAreAlsoReadUnderTheOlderModelsName() {
    BotOnGroupMessageEvent e = decode(new JsonObject().put("AtRobotAccount", new JsonArray().add("@RBT#002")),
        BotOnGroupMessageEvent.class);
    assertThat(e.atRobotsAccount()).containsExactly("@RBT#002");
    assertThat(encode(e).getJsonArray("AtRobots_Account")).containsExactly("@RBT#002");
  }

  @Test
  void chatbotSignalMessage() {
    ChatbotOnC2cSignalMessageEvent e = event("Chatbot.OnC2CSignalMessage", ChatbotOnC2cSignalMessageEvent.class);
    assertThat(e.fromAccount()).isEqualTo("jared");
    assertThat(e.toAccount()).isEqualTo("@RBT#001");
    assertThat(e.msgSeq()).isEqualTo(48374L);
    assertThat(e.msgRandom()).isEqualTo(2837546L);
    assertThat(e.msgKey()).isEqualTo("48374_2837546_1557481126");
    assertThat(e.data()).isEqualTo("{\"action\":\"start\"}");
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }
}

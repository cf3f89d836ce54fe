package io.github.vertxtim.tests.callback;

import io.github.vertxtim.api.message.TextContent;
import io.github.vertxtim.api.profile.ProfileItem;
import io.github.vertxtim.callback.CallbackAnswer;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.CallbackRequest;
import io.github.vertxtim.callback.event.c2c.C2cAfterMsgExtensionEvent;
import io.github.vertxtim.callback.event.c2c.C2cAfterMsgReportEvent;
import io.github.vertxtim.callback.event.c2c.C2cAfterMsgWithDrawEvent;
import io.github.vertxtim.callback.event.c2c.C2cAfterSendMsgEvent;
import io.github.vertxtim.callback.event.c2c.C2cBeforeSendMsgEvent;
import io.github.vertxtim.callback.event.follow.FollowAfterFollowAddEvent;
import io.github.vertxtim.callback.event.follow.FollowAfterFollowDeleteEvent;
import io.github.vertxtim.callback.event.operations.AlertRequestOverLimitEvent;
import io.github.vertxtim.callback.event.profile.ProfilePortraitSetEvent;
import io.github.vertxtim.callback.event.sns.AccountPair;
import io.github.vertxtim.callback.event.sns.SnsBlackListAddEvent;
import io.github.vertxtim.callback.event.sns.SnsBlackListDeleteEvent;
import io.github.vertxtim.callback.event.sns.SnsFriendAddEvent;
import io.github.vertxtim.callback.event.sns.SnsFriendDeleteEvent;
import io.github.vertxtim.callback.event.sns.SnsPrevFriendAddEvent;
import io.github.vertxtim.callback.event.sns.SnsPrevFriendResponseEvent;
import io.github.vertxtim.callback.event.state.StateChangeEvent;
import io.github.vertxtim.registry.CallbackDirection;
import io.github.vertxtim.registry.CallbackRegistry;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each documented sample body (src/test/resources/.../callbacks/samples) goes through the receiver and decodes into
 * its event record with the sample's values: one test per command of the operations, state, profile, sns, follow
 * and c2c families.
 */
class CallbackDecodeTest {

  private static final Map<String, CallbackRequest<CallbackEvent>> SEEN = new ConcurrentHashMap<>();
  private static ReceiverFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new ReceiverFixture(o -> { }, r -> {
      for (var c : CallbackRegistry.defaultRegistry().commands()) {
        if (!List.of("operations", "state", "profile", "sns", "follow", "c2c").contains(c.family())) {
          continue;
        }
        if (c.direction() == CallbackDirection.BEFORE) {
          r.before(c.command(), req -> {
            SEEN.put(c.command(), req);
            return Future.succeededFuture(req.decide(io.github.vertxtim.callback.CallbackDefault.ALLOW));
          });
        } else {
          r.after(c.command(), req -> {
            SEEN.put(c.command(), req);
            return Future.succeededFuture();
          });
        }
      }
    });
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @SuppressWarnings("unchecked")
  private static <E extends CallbackEvent> E decode(String command, Class<E> type) {
    JsonObject sample = ReceiverFixture.sample(command);
    ReceiverFixture.Answer answer = fixture.post(command, sample);
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    CallbackRequest<CallbackEvent> request = SEEN.get(command);
    assertThat(request).as(command).isNotNull();
    assertThat(request.event()).isInstanceOf(type);
    assertThat(request.raw()).isEqualTo(sample);
    assertThat(request.clientIp()).isEqualTo("203.0.113.7");
    assertThat(request.optPlatform()).isEqualTo("RESTAPI");
    E event = (E) request.event();
    assertThat(event.unknownFields()).as("every documented field is a component").isEmpty();
    return event;
  }

  @Test
  void alertRequestOverLimit() {
    AlertRequestOverLimitEvent e = decode("Alert.RequestOverLimit", AlertRequestOverLimitEvent.class);
    assertThat(e.serviceName()).isEqualTo("openim");
    assertThat(e.command()).isEqualTo("batchsendmsg");
    assertThat(e.request()).isEqualTo(510);
    assertThat(e.limit()).isEqualTo(200);
  }

  @Test
  void stateChange() {
    StateChangeEvent e = decode("State.StateChange", StateChangeEvent.class);
    assertThat(e.info().action()).isEqualTo(StateChangeEvent.LOGIN);
    assertThat(e.info().toAccount()).isEqualTo("id1");
    assertThat(e.info().reason()).isEqualTo("Register");
    assertThat(e.kickedDevices()).extracting(StateChangeEvent.KickedDevice::platform).containsExactly("Windows", "Android");
    assertThat(e.eventTime()).isEqualTo(1629883332497L);
  }

  @Test
  void profilePortraitSet() {
    ProfilePortraitSetEvent e = decode("Profile.CallbackPortraitSet", ProfilePortraitSetEvent.class);
    assertThat(e.operatorAccount()).isEqualTo("id1");
    assertThat(e.fromAccount()).isEqualTo("id1");
    assertThat(e.profileItems()).extracting(ProfileItem::tag).containsExactly(ProfileItem.NICK, ProfileItem.GENDER,
        ProfileItem.ALLOW_TYPE);
    assertThat(e.profileItems().get(0).value()).isEqualTo("nick1");
    assertThat(e.eventTime()).isEqualTo(1656921052497L);
  }

  @Test
  void snsPrevFriendAdd() {
    SnsPrevFriendAddEvent e = decode("Sns.CallbackPrevFriendAdd", SnsPrevFriendAddEvent.class);
    assertThat(e.requesterAccount()).isEqualTo("id");
    assertThat(e.friendItems()).extracting(SnsPrevFriendAddEvent.FriendItem::toAccount).containsExactly("id1", "id2");
    assertThat(e.friendItems().get(0).addWording()).isEqualTo("this is id1!");
    assertThat(e.friendItems().get(1).addSource()).isEqualTo("AddSource_Type_Android");
    assertThat(e.addType()).isEqualTo(SnsPrevFriendAddEvent.ADD_TYPE_BOTH);
    assertThat(e.forceAddFlags()).isZero();
    assertThat(e.eventTime()).isEqualTo(1631777344870L);
  }

  @Test
  void snsPrevFriendResponse() {
    SnsPrevFriendResponseEvent e = decode("Sns.CallbackPrevFriendResponse", SnsPrevFriendResponseEvent.class);
    assertThat(e.responseFriendItems()).extracting(SnsPrevFriendResponseEvent.ResponseFriendItem::responseAction)
        .containsExactly("Response_Action_AgreeAndAdd", "Response_Action_Reject");
    assertThat(e.responseFriendItems().get(1).tagName()).isEqualTo("group2");
    assertThat(e.eventTime()).isEqualTo(1631777645424L);
  }

  @Test
  void snsFriendAdd() {
    SnsFriendAddEvent e = decode("Sns.CallbackFriendAdd", SnsFriendAddEvent.class);
    assertThat(e.pairs()).extracting(AccountPair::toAccount).containsExactly("id1", "id2", "id3");
    assertThat(e.pairs()).extracting(AccountPair::initiatorAccount).containsOnly("id");
    assertThat(e.clientCmd()).isEqualTo("friend_add");
    assertThat(e.adminAccount()).isEmpty();
    assertThat(e.forceFlag()).isEqualTo(1);
    assertThat(e.eventTime()).isNull();
  }

  @Test
  void snsFriendDelete() {
    SnsFriendDeleteEvent e = decode("Sns.CallbackFriendDelete", SnsFriendDeleteEvent.class);
    assertThat(e.pairs()).extracting(AccountPair::fromAccount).containsOnly("id");
    assertThat(e.pairs()).extracting(AccountPair::toAccount).containsExactly("id1", "id2", "id3");
  }

  @Test
  void snsBlackListAdd() {
    SnsBlackListAddEvent e = decode("Sns.CallbackBlackListAdd", SnsBlackListAddEvent.class);
    assertThat(e.pairs()).extracting(AccountPair::toAccount).containsExactly("id1", "id2", "id3");
    assertThat(e.pairs().get(0).initiatorAccount()).isNull();
  }

  @Test
  void snsBlackListDelete() {
    SnsBlackListDeleteEvent e = decode("Sns.CallbackBlackListDelete", SnsBlackListDeleteEvent.class);
    assertThat(e.pairs()).hasSize(3).first().satisfies(p -> assertThat(p.toAccount()).isEqualTo("id1"));
  }

  @Test
  void followAdd() {
    FollowAfterFollowAddEvent e = decode("Follow.CallbackAfterFollowAdd", FollowAfterFollowAddEvent.class);
    assertThat(e.fromAccount()).isEqualTo("UserID_001");
    assertThat(e.followList()).extracting(FollowAfterFollowAddEvent.Followed::toAccount)
        .containsExactly("UserID_002", "UserID_003");
    assertThat(e.eventTime()).isEqualTo(1702018343678L);
  }

  @Test
  void followDelete() {
    FollowAfterFollowDeleteEvent e = decode("Follow.CallbackAfterFollowDelete", FollowAfterFollowDeleteEvent.class);
    assertThat(e.toAccounts()).containsExactly("UserID_002", "UserID_003");
    assertThat(e.eventTime()).isEqualTo(1702018343678L);
  }

  @Test
  void c2cBeforeSendMsg() {
    C2cBeforeSendMsgEvent e = decode("C2C.CallbackBeforeSendMsg", C2cBeforeSendMsgEvent.class);
    assertThat(e.fromAccount()).isEqualTo("jared");
    assertThat(e.toAccount()).isEqualTo("John");
    assertThat(e.msgSeq()).isEqualTo(48374L);
    assertThat(e.msgRandom()).isEqualTo(2837546L);
    assertThat(e.msgTime()).isEqualTo(1557481126L);
    assertThat(e.msgKey()).isEqualTo("48374_2837546_1557481126");
    assertThat(e.onlineOnlyFlag()).isEqualTo(1);
    assertThat(e.msgBody()).singleElement().satisfies(el ->
        assertThat(((TextContent) el.msgContent()).text()).isEqualTo("red packet"));
    assertThat(e.cloudCustomData()).isEqualTo("your cloud custom data");
  }

  @Test
  void c2cAfterSendMsg() {
    C2cAfterSendMsgEvent e = decode("C2C.CallbackAfterSendMsg", C2cAfterSendMsgEvent.class);
    assertThat(e.sendMsgResult()).isZero();
    assertThat(e.errorInfo()).isEqualTo("send msg succeed");
    assertThat(e.unreadMsgNum()).isEqualTo(7);
    assertThat(e.msgBody()).hasSize(1);
    assertThat(e.msgKey()).isEqualTo("48374_2837546_1557481126");
  }

  @Test
  void c2cAfterMsgReport() {
    C2cAfterMsgReportEvent e = decode("C2C.CallbackAfterMsgReport", C2cAfterMsgReportEvent.class);
    assertThat(e.reportAccount()).isEqualTo("jared");
    assertThat(e.peerAccount()).isEqualTo("Jonh");
    assertThat(e.lastReadTime()).isEqualTo(1614754606L);
    assertThat(e.unreadMsgNum()).isEqualTo(7);
  }

  @Test
  void c2cAfterMsgWithDraw() {
    C2cAfterMsgWithDrawEvent e = decode("C2C.CallbackAfterMsgWithDraw", C2cAfterMsgWithDrawEvent.class);
    assertThat(e.fromAccount()).isEqualTo("jared");
    assertThat(e.msgKey()).isEqualTo("48374_2837546_1557481126");
    assertThat(e.unreadMsgNum()).isEqualTo(7);
  }

  @Test
  void c2cAfterMsgExtension() {
    C2cAfterMsgExtensionEvent e = decode("C2C.CallbackAfterC2CMsgExtension", C2cAfterMsgExtensionEvent.class);
    assertThat(e.operateType()).isEqualTo(C2cAfterMsgExtensionEvent.SET);
    assertThat(e.extensions()).extracting(x -> x.key() + "=" + x.value() + "@" + x.seq())
        .containsExactly("k1=v1@1", "k2=v2@1", "k3=v3@1");
    assertThat(e.seq()).isEqualTo(1L);
    assertThat(e.eventTime()).isEqualTo(1764688540182L);
  }

  @Test
  void eventTimeAsANumericStringAndUnknownFieldsAreAccepted() {
    JsonObject body = ReceiverFixture.sample("Follow.CallbackAfterFollowDelete").put("EventTime", "1702018343679")
        .put("SomethingNew", new JsonObject().put("a", 1));
    assertThat(fixture.post("Follow.CallbackAfterFollowDelete", body).status()).isEqualTo(200);
    FollowAfterFollowDeleteEvent e = (FollowAfterFollowDeleteEvent) SEEN.get("Follow.CallbackAfterFollowDelete").event();
    assertThat(e.eventTime()).isEqualTo(1702018343679L);
    assertThat(e.unknownFields()).containsKey("SomethingNew");
  }

  @Test
  void eachBeforeSampleAllowedByDefaultIsAnsweredOk() {
    ReceiverFixture.Answer answer = fixture.post("Sns.CallbackPrevFriendAdd", ReceiverFixture.sample("Sns.CallbackPrevFriendAdd"));
    assertThat(CallbackAnswer.fromJson(answer.json()).friendResults()).extracting(CallbackAnswer.FriendResult::toAccount)
        .containsExactly("id1", "id2");
  }
}

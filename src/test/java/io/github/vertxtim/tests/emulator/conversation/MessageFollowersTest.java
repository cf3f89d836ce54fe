package io.github.vertxtim.tests.emulator.conversation;

import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.account.AccountState;
import io.github.vertxtim.emulator.impl.conversation.ConversationHandlers;
import io.github.vertxtim.emulator.impl.conversation.ConversationState;
import io.github.vertxtim.emulator.impl.mute.MuteState;
import io.github.vertxtim.emulator.impl.operations.OperationsHandlers;
import io.github.vertxtim.emulator.impl.operations.OperationsState;
import io.github.vertxtim.emulator.impl.shared.ConversationKeys;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.GroupMembers;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.shared.MessageHooks.Kind;
import io.github.vertxtim.emulator.impl.shared.MessageHooks.Outgoing;
import io.github.vertxtim.emulator.impl.shared.MessageStore;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The families that follow messages, driven through {@link MessageHooks} the way the sending families drive them
 * (they call {@code check} before storing a message and {@code accepted} after): conversations, global mute and the
 * operations data.
 */
class MessageFollowersTest {

  /** 2026-03-10 12:30 Beijing time. */
  private static final long START = LocalDateTime.of(2026, 3, 10, 12, 30).toEpochSecond(ZoneOffset.ofHours(8));

  private final ManualClock clock = new ManualClock(START * 1000);
  private final MessageStore store = new MessageStore(clock);
  private final MessageHooks hooks = new MessageHooks();
  private final GroupMembers members = g -> g.equals("@TGS#team") ? Set.of("alice", "bob", "carol") : Set.of();
  private final ConversationState conversations = new ConversationState(clock, store, members);
  private final MuteState mutes = new MuteState(clock);
  private final OperationsState operations = new OperationsState(clock, 1400000001L, members);
  private final AccountState accounts = new AccountState();
  private HandlerTable table;

  @BeforeEach
  void wire() {
    hooks.addCheck(mutes);
    hooks.addListener(conversations);
    operations.follow(hooks);
    for (String id : new String[]{"alice", "bob", "carol"}) {
      accounts.importAccount(id, null, null);
    }
    table = new HandlerTable(EndpointRegistry.defaultRegistry());
    TimEmulatorOptions options = new TimEmulatorOptions();
    new ConversationHandlers(conversations, accounts, options).install(table);
    new OperationsHandlers(operations, accounts, () -> 1, options).install(table);
  }

  /** What a sending family does: check, store under the conversation's key, tell the listeners. */
  private StoredMessage send(Kind kind, String from, boolean admin, String to, JsonArray body) {
    Outgoing out = new Outgoing(kind, from, admin, to, body);
    hooks.check(out);
    String key = kind == Kind.C2C ? ConversationKeys.c2c(from, to) : ConversationKeys.group(to);
    StoredMessage stored = store.append(key, null, null, 7, new JsonObject().put("From_Account", from));
    hooks.accepted(out, stored, false);
    return stored;
  }

  private static JsonArray text(String s) {
    return new JsonArray().add(new JsonObject().put("MsgType", "TIMTextElem")
        .put("MsgContent", new JsonObject().put("Text", s)));
  }

  @Test
  void aOneToOneMessageGivesBothPartiesTheConversation() {
    send(Kind.C2C, "alice", false, "bob", text("hi"));
    clock.advance(Duration.ofSeconds(5));
    send(Kind.C2C, "carol", false, "alice", text("yo"));
    assertThat(conversations.conversations("alice")).containsExactly("1:carol", "1:bob");
    assertThat(conversations.conversations("bob")).containsExactly("1:alice");
    assertThat(conversations.conversations("carol")).containsExactly("1:alice");

    JsonObject page = table.get("recentcontact/get_list").handle(new JsonObject().put("From_Account", "alice"));
    assertThat(page.getJsonArray("SessionItem").getJsonObject(0).getLong("MsgTime")).isEqualTo(START + 5);
  }

  @Test
  void anAdminSendAsItselfGivesOnlyTheRecipientTheConversation() {
    send(Kind.C2C, "administrator", true, "bob", text("notice"));
    assertThat(conversations.conversations("bob")).containsExactly("1:administrator");
    assertThat(conversations.conversations("administrator")).isEmpty();
  }

  @Test
  void aGroupMessageGivesEveryMemberTheConversation() {
    send(Kind.GROUP, "alice", false, "@TGS#team", text("all"));
    assertThat(conversations.conversations("bob")).containsExactly("2:@TGS#team");
    assertThat(conversations.conversations("carol")).containsExactly("2:@TGS#team");
    send(Kind.GROUP, "dave", false, "@TGS#unknown-members", text("x"));   // members unknown: the sender's
    assertThat(conversations.conversations("dave")).containsExactly("2:@TGS#unknown-members");
  }

  @Test
  void deleteWithClearRambleClearsTheRoamingMessagesOfThatConversation() {
    send(Kind.C2C, "alice", false, "bob", text("1"));
    send(Kind.C2C, "bob", false, "alice", text("2"));
    send(Kind.C2C, "alice", false, "carol", text("3"));
    table.get("recentcontact/delete").handle(new JsonObject().put("From_Account", "alice").put("Type", 1)
        .put("To_Account", "carol"));
    assertThat(store.size(ConversationKeys.c2c("alice", "carol"))).isEqualTo(1);   // ClearRamble absent: kept
    table.get("recentcontact/delete").handle(new JsonObject().put("From_Account", "alice").put("Type", 1)
        .put("To_Account", "bob").put("ClearRamble", 1));
    assertThat(store.size(ConversationKeys.c2c("alice", "bob"))).isZero();
    assertThat(conversations.conversations("alice")).isEmpty();
    assertThat(conversations.conversations("bob")).containsExactly("1:alice");
  }

  @Test
  void aMutedSenderIsRefusedWithTheDocumentedCodesUntilTheMuteEnds() {
    mutes.set("alice", 60L, null);
    mutes.set("bob", null, MuteState.FOREVER);
    assertThatThrownBy(() -> send(Kind.C2C, "alice", false, "bob", text("x")))
        .isInstanceOfSatisfying(EmulatorError.class, e -> assertThat(e.code()).isEqualTo(20012));
    send(Kind.GROUP, "alice", false, "@TGS#team", text("group is fine"));
    assertThatThrownBy(() -> send(Kind.GROUP, "bob", false, "@TGS#team", text("x")))
        .isInstanceOfSatisfying(EmulatorError.class, e -> assertThat(e.code()).isEqualTo(10017));
    send(Kind.C2C, "bob", false, "alice", text("one-to-one is fine"));
    send(Kind.C2C, "administrator", true, "alice", text("admins are never muted"));
    assertThat(store.size(ConversationKeys.c2c("alice", "bob"))).isEqualTo(1);   // the refused one was not stored

    clock.advance(Duration.ofSeconds(59));
    assertThat(mutes.c2cRemaining("alice")).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    send(Kind.C2C, "alice", false, "bob", text("free again"));
    assertThat(mutes.groupRemaining("bob")).isEqualTo(MuteState.FOREVER);
  }

  @Test
  void getAppInfoCountsTheMessagesStoredToday() {
    send(Kind.C2C, "alice", false, "bob", text("1"));
    send(Kind.C2C, "alice", false, "carol", text("2"));
    send(Kind.GROUP, "bob", false, "@TGS#team", text("3"));
    hooks.accepted(new Outgoing(Kind.C2C, "x", false, "y", text("imported")),
        store.append("imported", 1L, START - 86_400, 1, null), true);
    JsonObject day = table.get("openconfigsvr/getappinfo").handle(new JsonObject())
        .getJsonArray("Result").getJsonObject(0);
    assertThat(day.getString("Date")).isEqualTo("20260310");
    assertThat(day.getString("C2CUpMsgNum")).isEqualTo("2");
    assertThat(day.getString("C2CSendMsgUserNum")).isEqualTo("1");
    assertThat(day.getString("GroupUpMsgNum")).isEqualTo("1");
    assertThat(day.getString("GroupDownMsgNum")).isEqualTo("2");   // the two other members
    assertThat(day.getString("GroupSendMsgGroupNum")).isEqualTo("1");
    assertThat(day.getString("UpMsgNum")).isEqualTo("3");
    assertThat(day.getString("SendMsgUserNum")).isEqualTo("2");
    assertThat(day.getString("RegistUserNumTotal")).isEqualTo("3");

    clock.advance(Duration.ofDays(1));
    JsonArray days = table.get("openconfigsvr/getappinfo").handle(new JsonObject()
        .put("RequestField", new JsonArray().add("Date").add("UpMsgNum"))).getJsonArray("Result");
    assertThat(days).hasSize(2);
    assertThat(days.getJsonObject(0).getMap()).containsOnlyKeys("Date", "UpMsgNum").containsEntry("UpMsgNum", "0");
    assertThat(days.getJsonObject(1).getString("Date")).isEqualTo("20260310");
    assertThat(days.getJsonObject(1).getString("UpMsgNum")).isEqualTo("3");
  }

  @Test
  void getHistoryAnswersTheFileOfAnHourThatHadMessagesOnceTheHourIsOver() {
    send(Kind.C2C, "alice", false, "bob", text("in the 12 o'clock file"));
    send(Kind.GROUP, "bob", false, "@TGS#team", text("group file"));
    JsonObject c2c12 = new JsonObject().put("ChatType", "C2C").put("MsgTime", "2026031012");
    assertThatThrownBy(() -> table.get("open_msg_svc/get_history").handle(c2c12))   // 12:30: not generated yet
        .isInstanceOfSatisfying(EmulatorError.class, e -> assertThat(e.code()).isEqualTo(1004));

    clock.advance(Duration.ofMinutes(31));
    JsonObject file = table.get("open_msg_svc/get_history").handle(c2c12).getJsonArray("File").getJsonObject(0);
    assertThat(file.getString("URL")).endsWith("/C2C/2026031012.gz");
    assertThat(file.getLong("FileSize")).isPositive();
    assertThat(file.getString("FileMD5")).hasSize(32);
    assertThat(file.getString("GzipMD5")).hasSize(32).isNotEqualTo(file.getString("FileMD5"));
    JsonObject group = table.get("open_msg_svc/get_history").handle(new JsonObject().put("ChatType", "Group")
        .put("MsgTime", 2026031012L)).getJsonArray("File").getJsonObject(0);
    assertThat(group.getString("URL")).endsWith("/Group/2026031012.gz");

    // a message imported later with a time in that hour is not in the generated file
    hooks.accepted(new Outgoing(Kind.C2C, "alice", false, "bob", text("late")),
        store.append(ConversationKeys.c2c("alice", "bob"), 99L, START, 5, null), true);
    JsonObject again = table.get("open_msg_svc/get_history").handle(c2c12).getJsonArray("File").getJsonObject(0);
    assertThat(again.getString("FileMD5")).isEqualTo(file.getString("FileMD5"));
    assertThat(again.getLong("GzipSize")).isEqualTo(file.getLong("GzipSize"));

    assertThatThrownBy(() -> table.get("open_msg_svc/get_history").handle(
        new JsonObject().put("ChatType", "C2C").put("MsgTime", "2026031011")))   // no messages that hour
        .isInstanceOfSatisfying(EmulatorError.class, e -> assertThat(e.code()).isEqualTo(1004));
    clock.advance(Duration.ofDays(8));
    assertThatThrownBy(() -> table.get("open_msg_svc/get_history").handle(c2c12))
        .isInstanceOfSatisfying(EmulatorError.class, e -> assertThat(e.code()).isEqualTo(1005));
  }

  @Test
  void chatFilesCarriedByMessagesAreKnownToGetCosSig() {
    String url = "https://cos.example.com/img/1.png";
    send(Kind.C2C, "alice", false, "bob", new JsonArray().add(new JsonObject().put("MsgType", "TIMImageElem")
        .put("MsgContent", new JsonObject().put("ImageInfoArray", new JsonArray()
            .add(new JsonObject().put("Type", 1).put("URL", url))))));
    JsonArray sig = table.get("im_cos_msg/get_cos_sig").handle(new JsonObject().put("RawURLs", new JsonArray()
            .add(new JsonObject().put("ResourceID", 1).put("RawURL", url))
            .add(new JsonObject().put("ResourceID", 2).put("RawURL", "https://cos.example.com/missing"))))
        .getJsonArray("PreSigURLs");
    assertThat(sig.getJsonObject(0).getInteger("Status")).isZero();
    assertThat(sig.getJsonObject(0).getString("PreSigURL")).startsWith(url + "?");
    assertThat(sig.getJsonObject(1).getInteger("Status")).isEqualTo(2);
  }
}

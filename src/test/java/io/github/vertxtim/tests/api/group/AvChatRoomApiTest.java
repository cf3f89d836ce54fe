package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.group.BanGroupMembersRequest;
import io.github.vertxtim.api.group.CheckMembersRequest;
import io.github.vertxtim.api.group.GetAdminListRequest;
import io.github.vertxtim.api.group.GetAdminListResult;
import io.github.vertxtim.api.group.GetGroupBanMembersRequest;
import io.github.vertxtim.api.group.GetGroupBanMembersResult;
import io.github.vertxtim.api.group.GetMembersRequest;
import io.github.vertxtim.api.group.GetMembersResult;
import io.github.vertxtim.api.group.MemberMarks;
import io.github.vertxtim.api.group.ModifyAdminRequest;
import io.github.vertxtim.api.group.ModifyUserInfoRequest;
import io.github.vertxtim.api.group.ModifyUserInfoResult;
import io.github.vertxtim.api.group.UnbanGroupMembersRequest;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The AVChatRoom endpoints round trip against the emulator, with their error paths, paging and bulk. */
class AvChatRoomApiTest extends FamilyTestBase {

  private final ManualClock clock = new ManualClock(System.currentTimeMillis());
  private String room;

  @Override
  protected EmulatorClock emulatorClock() {
    return clock;
  }

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return new TimEmulatorOptions().setLimit(EmulatorLimit.AVCHATROOM_MARKS, 3);
  }

  @BeforeEach
  void seedRoom() {
    importAccounts(List.of(new Account("anchor", "Anchor", "https://example.com/a.png"), Account.of("alice"),
        Account.of("bob"), Account.of("carol"), Account.of("dave"), Account.of("erin"), Account.of("frank")));
    room = state().addGroup("AVChatRoom");
  }

  private void importAccounts(List<Account> accounts) {
    for (int i = 0; i < accounts.size(); i += 100) {
      List<Account> chunk = accounts.subList(i, Math.min(i + 100, accounts.size()));
      await(() -> client.accounts().importAccounts(new ImportAccountsRequest(chunk)));
    }
  }

  private void join(String... users) {
    for (String u : users) {
      assertThat(state().joinGroup(room, u)).as("%s joins", u).isTrue();
    }
  }

  @Test
  void getMembersListsTheUsersInTheRoomWithProfileAndJoinTime() {
    join("anchor", "alice");
    long joined = clock.seconds();
    GetMembersResult page = await(() -> client.avChatRooms().getMembers(GetMembersRequest.firstPage(room)));
    assertThat(page.memberAccounts()).containsExactly("anchor", "alice");
    assertThat(page.members().get(0).nickName()).isEqualTo("Anchor");
    assertThat(page.members().get(0).avatar()).isEqualTo("https://example.com/a.png");
    assertThat(page.members().get(1).joinTime()).isEqualTo(joined);
    assertThat(page.last()).isTrue();
  }

  @Test
  void getMembersPagesBy500AndEveryMemberComesOnceThroughThePagesStream() throws Exception {
    List<Account> viewers = IntStream.range(0, 620).mapToObj(i -> Account.of("viewer" + i)).toList();
    importAccounts(viewers);
    viewers.forEach(v -> join(v.userId()));

    GetMembersResult first = await(() -> client.avChatRooms().getMembers(GetMembersRequest.firstPage(room)));
    assertThat(first.members()).hasSize(500);
    assertThat(first.nextTimestamp()).isNotZero();
    GetMembersResult second = await(() -> client.avChatRooms()
        .getMembers(new GetMembersRequest(room, first.nextTimestamp(), null)));
    assertThat(second.members()).hasSize(120);
    assertThat(second.last()).isTrue();

    List<String> streamed = new CopyOnWriteArrayList<>();
    Promise<Void> end = Promise.promise();
    vertx.getOrCreateContext().runOnContext(v -> {
      ReadStream<JsonObject> all = client.pages("group_open_avchatroom_http_svc", "get_members",
          new JsonObject().put("GroupId", room).put("Timestamp", 0));
      all.exceptionHandler(end::tryFail).endHandler(x -> end.tryComplete())
          .handler(m -> streamed.add(m.getString("Member_Account")));
    });
    end.future().toCompletionStage().toCompletableFuture().get();
    assertThat(streamed).hasSize(620).doesNotHaveDuplicates()
        .containsExactlyElementsOf(viewers.stream().map(Account::userId).toList());
  }

  @Test
  void marksAreSetOnMembersInTheRoomFilterGetMembersAndAreDeleted() {
    join("alice", "bob");
    ModifyUserInfoResult set = await(() -> client.avChatRooms().modifyUserInfo(new ModifyUserInfoRequest(room,
        ModifyUserInfoRequest.SET_MARKS, List.of(new MemberMarks("alice", List.of(1000L)),
        new MemberMarks("bob", List.of(1001L)), new MemberMarks("carol", List.of(1000L))))));
    assertThat(set.commandType()).isEqualTo(1);
    assertThat(set.members()).extracting(MemberMarks::memberAccount).containsExactly("alice", "bob");
    assertThat(state().memberMarks(room, "alice")).containsExactly(1000L);
    assertThat(state().memberMarks(room, "carol")).isEmpty();

    GetMembersResult marked = await(() -> client.avChatRooms().getMembers(new GetMembersRequest(room, 0L, 1000L)));
    assertThat(marked.memberAccounts()).containsExactly("alice");

    await(() -> client.avChatRooms().modifyUserInfo(new ModifyUserInfoRequest(room,
        ModifyUserInfoRequest.DELETE_MARKS, List.of(new MemberMarks("alice", List.of(1000L))))));
    assertThat(state().memberMarks(room, "alice")).isEmpty();
  }

  @Test
  void marksGoWhenTheMemberLeavesExceptTheSpecialMark500WhichNeedsNoRoom() {
    join("alice");
    await(() -> client.avChatRooms().modifyUserInfo(new ModifyUserInfoRequest(room, 1,
        List.of(new MemberMarks("alice", List.of(1000L, 500L)), new MemberMarks("bob", List.of(500L))))));
    assertThat(state().memberMarks(room, "bob")).containsExactly(500L);
    assertThat(state().leaveGroup(room, "alice")).isTrue();
    assertThat(state().memberMarks(room, "alice")).containsExactly(500L);
  }

  @Test
  void markErrors() {
    join("alice");
    awaitFailure(() -> client.avChatRooms().modifyUserInfo(new ModifyUserInfoRequest(room, 1,
        List.of(new MemberMarks("alice", List.of(999L))))), 10004);
    awaitFailure(() -> client.avChatRooms().modifyUserInfo(new ModifyUserInfoRequest(room, 1,
        List.of(new MemberMarks("bob", List.of(1000L))))), 10004);                 // nobody of them in the room
    awaitFailure(() -> client.avChatRooms().modifyUserInfo(new ModifyUserInfoRequest(room, 1,
        List.of(new MemberMarks("alice", List.of(1000L, 1001L, 1002L, 1003L))))), 10004); // limit set to 3 marks
    awaitFailure(() -> client.avChatRooms().modifyUserInfo(new ModifyUserInfoRequest(room, 3,
        List.of(new MemberMarks("alice", List.of(1000L))))), 10004);
    List<MemberMarks> tooMany = IntStream.range(0, 501).mapToObj(i -> new MemberMarks("u" + i, List.of(1000L))).toList();
    assertThat(awaitThrown(() -> client.avChatRooms().modifyUserInfo(new ModifyUserInfoRequest(room, 1, tooMany))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MemberList").hasMessageContaining("500");
    assertThat(state().memberMarks(room, "alice")).isEmpty();
  }

  @Test
  void adminsAreSetWithoutBeingInTheRoomListedWithProfileAndUnset() {
    await(() -> client.avChatRooms().modifyAdmin(new ModifyAdminRequest(room, ModifyAdminRequest.SET_ADMIN,
        List.of("anchor", "alice"))));
    assertThat(state().avChatRoomAdmins(room)).containsExactly("anchor", "alice");
    GetAdminListResult admins = await(() -> client.avChatRooms().getAdminList(new GetAdminListRequest(room)));
    assertThat(admins.adminAccounts()).containsExactly("anchor", "alice");
    assertThat(admins.admins().get(0).nickName()).isEqualTo("Anchor");
    assertThat(admins.admins().get(1).avatar()).isEmpty();

    join("alice");
    state().leaveGroup(room, "alice");
    assertThat(state().avChatRoomAdmins(room)).as("admins stay when they leave").contains("alice");

    await(() -> client.avChatRooms().modifyAdmin(new ModifyAdminRequest(room, ModifyAdminRequest.UNSET_ADMIN,
        List.of("alice"))));
    assertThat(await(() -> client.avChatRooms().getAdminList(new GetAdminListRequest(room))).adminAccounts())
        .containsExactly("anchor");
  }

  @Test
  void aRoomHasAtMostFiveAdmins() {
    await(() -> client.avChatRooms().modifyAdmin(new ModifyAdminRequest(room, 1, List.of("anchor", "alice", "bob"))));
    awaitFailure(() -> client.avChatRooms().modifyAdmin(new ModifyAdminRequest(room, 1,
        List.of("carol", "dave", "erin"))), 10004);
    assertThat(state().avChatRoomAdmins(room)).containsExactly("anchor", "alice", "bob");
    assertThat(awaitThrown(() -> client.avChatRooms().modifyAdmin(new ModifyAdminRequest(room, 1,
        List.of("a", "b", "c", "d", "e", "f"))))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Admin_Account");
    awaitFailure(() -> client.avChatRooms().modifyAdmin(new ModifyAdminRequest(room, 1, List.of("nobody"))), 10019);
  }

  @Test
  void checkMembersAnswersTheUsersInTheRoom() {
    join("alice", "carol");
    assertThat(await(() -> client.avChatRooms().checkMembers(new CheckMembersRequest(room,
        List.of("alice", "bob", "carol", "nobody")))).memberAccounts()).containsExactly("alice", "carol");
  }

  @Test
  void aBanRemovesTheMemberKeepsItOutForItsDurationAndEnds() {
    join("alice", "bob");
    long now = clock.seconds();
    await(() -> client.avChatRooms().banGroupMembers(new BanGroupMembersRequest(room, List.of("alice"), 60)));
    assertThat(state().groupMemberIds(room)).containsExactly("bob");
    assertThat(state().isBanned(room, "alice")).isTrue();
    assertThat(state().joinGroup(room, "alice")).as("banned users cannot rejoin").isFalse();

    GetGroupBanMembersResult bans = await(() -> client.avChatRooms()
        .getGroupBanMembers(new GetGroupBanMembersRequest(room, 10, 0L)));
    assertThat(bans.bannedAccounts()).hasSize(1);
    assertThat(bans.bannedAccounts().get(0).memberAccount()).isEqualTo("alice");
    assertThat(bans.bannedAccounts().get(0).bannedUntil()).isEqualTo(now + 60);
    assertThat(bans.last()).isTrue();

    clock.advance(Duration.ofSeconds(61));
    assertThat(state().isBanned(room, "alice")).isFalse();
    assertThat(await(() -> client.avChatRooms().getGroupBanMembers(new GetGroupBanMembersRequest(room, null, null)))
        .bannedAccounts()).isEmpty();
    assertThat(state().joinGroup(room, "alice")).isTrue();
  }

  @Test
  void unbanAndDurationZeroLiftBans() {
    await(() -> client.avChatRooms().banGroupMembers(new BanGroupMembersRequest(room, List.of("alice", "bob"), 3600)));
    await(() -> client.avChatRooms().unbanGroupMembers(new UnbanGroupMembersRequest(room, List.of("alice"))));
    assertThat(state().isBanned(room, "alice")).isFalse();
    assertThat(state().isBanned(room, "bob")).isTrue();
    await(() -> client.avChatRooms().banGroupMembers(new BanGroupMembersRequest(room, List.of("bob"), 0)));
    assertThat(state().isBanned(room, "bob")).isFalse();
  }

  @Test
  void banErrors() {
    String group = state().addGroup("Public");
    awaitFailure(() -> client.avChatRooms().banGroupMembers(new BanGroupMembersRequest(group, List.of("alice"), 60)),
        10007);
    awaitFailure(() -> client.avChatRooms().getGroupBanMembers(new GetGroupBanMembersRequest(group, 10, 0L)), 10007);
    awaitFailure(() -> client.avChatRooms().banGroupMembers(new BanGroupMembersRequest(room, List.of("nobody"), 60)),
        10019);
    awaitFailure(() -> client.call("group_open_http_svc", "ban_group_member",
        new JsonObject().put("GroupId", room).put("Members_Account", new JsonArray().add("alice"))), 10004);
    awaitFailure(() -> client.call("group_open_http_svc", "ban_group_member", new JsonObject().put("GroupId", room)
        .put("Members_Account", new JsonArray().add("alice")).put("Duration", 4_294_967_296L)), 10004);
    awaitFailure(() -> client.avChatRooms().unbanGroupMembers(new UnbanGroupMembersRequest("@TGS#1NOSUCHGR",
        List.of("alice"))), 10010);
    awaitFailure(() -> client.avChatRooms().checkMembers(new CheckMembersRequest("bad\nid", List.of("alice"))), 10015);
    List<String> twentyOne = IntStream.range(0, 21).mapToObj(i -> "u" + i).toList();
    assertThat(awaitThrown(() -> client.avChatRooms().banGroupMembers(new BanGroupMembersRequest(room, twentyOne, 60))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Members_Account").hasMessageContaining("20");
    assertThat(awaitThrown(() -> client.avChatRooms().getGroupBanMembers(new GetGroupBanMembersRequest(room, 101, 0L))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Limit");
    assertThat(emulator.stats().requests("group_open_http_svc/get_group_ban_member")).isEqualTo(1);
  }

  @Test
  void otherGroupTypesAnswer10007() {
    String community = state().addGroup("Community");
    awaitFailure(() -> client.avChatRooms().getAdminList(new GetAdminListRequest(community)), 10007);
    awaitFailure(() -> client.avChatRooms().checkMembers(new CheckMembersRequest(community, List.of("a"))), 10007);
    String work = state().addGroup("Private");
    awaitFailure(() -> client.avChatRooms().getMembers(GetMembersRequest.firstPage(work)), 10007);
    assertThat(await(() -> client.avChatRooms().getMembers(GetMembersRequest.firstPage(community))).members())
        .as("get_members serves Communities too").isEmpty();
  }

  @Test
  void bansPageByOffsetAndBulkBanChunksAtTwenty() throws Exception {
    List<Account> crowd = IntStream.range(0, 45).mapToObj(i -> Account.of("troll" + i)).toList();
    importAccounts(crowd);
    List<String> ids = new ArrayList<>(crowd.stream().map(Account::userId).toList());
    Promise<BulkSummary> done = Promise.promise();
    vertx.getOrCreateContext().runOnContext(v -> client.bulk("group_open_http_svc", "ban_group_member", ids,
            new BulkOptions().setTemplate(new JsonObject().put("GroupId", room).put("Duration", 600)))
        .summary().onComplete(done));
    BulkSummary summary = done.future().toCompletionStage().toCompletableFuture().get();
    assertThat(summary.ok()).isEqualTo(45);
    assertThat(summary.calls()).isEqualTo(3);
    assertThat(ids).allMatch(u -> state().isBanned(room, u));

    List<String> listed = new CopyOnWriteArrayList<>();
    Promise<Void> end = Promise.promise();
    vertx.getOrCreateContext().runOnContext(v -> client.pages("group_open_http_svc", "get_group_ban_member",
            new JsonObject().put("GroupId", room).put("Limit", 10))
        .exceptionHandler(end::tryFail).endHandler(x -> end.tryComplete())
        .handler(b -> listed.add(b.getString("Member_Account"))));
    end.future().toCompletionStage().toCompletableFuture().get();
    assertThat(listed).as("every ban once; chunks may land in any order").containsExactlyInAnyOrderElementsOf(ids);
  }
}

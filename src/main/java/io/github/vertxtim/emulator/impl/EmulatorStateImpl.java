package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.EmulatorState;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.account.AccountHandlers;
import io.github.vertxtim.emulator.impl.account.AccountState;

import io.github.vertxtim.emulator.impl.group.AvChatRoomHandlers;
import io.github.vertxtim.emulator.impl.group.AvChatRoomState;
import io.github.vertxtim.emulator.impl.group.CommunityHandlers;
import io.github.vertxtim.emulator.impl.group.CommunityState;
import io.github.vertxtim.emulator.impl.group.Group;
import io.github.vertxtim.emulator.impl.conversation.ConversationHandlers;
import io.github.vertxtim.emulator.impl.conversation.ConversationState;
import io.github.vertxtim.emulator.impl.c2c.C2cHandlers;
import io.github.vertxtim.emulator.impl.c2c.C2cState;
import io.github.vertxtim.emulator.impl.group.GroupHandlers;
import io.github.vertxtim.emulator.impl.group.GroupMember;
import io.github.vertxtim.emulator.impl.group.GroupState;
import io.github.vertxtim.emulator.impl.group.GroupType;
import io.github.vertxtim.emulator.impl.group.GroupAttributeHandlers;
import io.github.vertxtim.emulator.impl.group.GroupAttributeState;
import io.github.vertxtim.emulator.impl.group.GroupExtensionHandlers;
import io.github.vertxtim.emulator.impl.group.GroupMessageHandlers;
import io.github.vertxtim.emulator.impl.group.GroupMessageState;
import io.github.vertxtim.emulator.impl.group.GroupReceiptHandlers;
import io.github.vertxtim.emulator.impl.group.MemberHandlers;
import io.github.vertxtim.emulator.impl.group.MemberRole;
import io.github.vertxtim.emulator.impl.search.SearchHandlers;
import io.github.vertxtim.emulator.impl.profile.ProfileHandlers;
import io.github.vertxtim.emulator.impl.sns.BlocklistHandlers;
import io.github.vertxtim.emulator.impl.sns.FollowHandlers;
import io.github.vertxtim.emulator.impl.sns.FriendGroupHandlers;
import io.github.vertxtim.emulator.impl.sns.FriendHandlers;
import io.github.vertxtim.emulator.impl.sns.SnsState;
import io.github.vertxtim.emulator.impl.push.PushHandlers;
import io.github.vertxtim.emulator.impl.push.PushState;
import io.github.vertxtim.emulator.impl.push.PushTask;
import io.github.vertxtim.emulator.impl.mute.MuteHandlers;
import io.github.vertxtim.emulator.impl.mute.MuteState;
import io.github.vertxtim.emulator.impl.operations.OperationsHandlers;
import io.github.vertxtim.emulator.impl.operations.OperationsState;
import io.github.vertxtim.emulator.impl.robot.RobotHandlers;
import io.github.vertxtim.emulator.impl.robot.RobotState;
import io.github.vertxtim.emulator.impl.moderation.CloudBlock;
import io.github.vertxtim.emulator.impl.moderation.ModerationHandlers;
import io.github.vertxtim.emulator.impl.moderation.ModerationState;
import io.github.vertxtim.emulator.impl.official.OfficialAccountHandlers;
import io.github.vertxtim.emulator.impl.official.OfficialAccountMessages;
import io.github.vertxtim.emulator.impl.official.OfficialAccountState;
import io.github.vertxtim.emulator.impl.callback.CallbackFacts;
import io.github.vertxtim.emulator.impl.callback.CallbackRule;
import io.github.vertxtim.emulator.impl.callback.CallbackRules;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.GroupMembers;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.shared.MessageStore;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every family's state, and the one place the families are listed: {@link #install} registers each family's
 * handlers and {@link #sections} lists each family's state for {@link #clear}, snapshots and reloads. A new family
 * is one state field (a {@link StateSection}), one line in each; {@code StateSectionsTest} fails when a state field
 * is missing from the sections.
 */
final class EmulatorStateImpl implements EmulatorState {

  private final EmulatorClock clock;
  private final TimEmulatorOptions options;
  /** The one store of every conversation's messages (one-to-one, group, official account). */
  private final MessageStore messages;
  /** Where the sending families and the families that judge or follow messages meet. */
  private final MessageHooks hooks = new MessageHooks();
  private final AccountState accounts = new AccountState();
  private final GroupState groups = new GroupState();
  /** AVChatRoom marks, admins and bans; Community topics and permission groups (both follow the groups). */
  private final AvChatRoomState avChatRooms = new AvChatRoomState();
  private final CommunityState communities = new CommunityState();
  /** Friends, blocklists, friend lists and follows. */
  private final SnsState sns = new SnsState();
  /** Legacy all-member push and TIMPush keep separate attributes, tags and tasks (two services on the pages). */
  private final PushState allMemberPush;
  private final PushState timPush;
  // conversations, global mute, operations, chatbots
  private final ConversationState conversations;
  private final MuteState mutes;
  private final OperationsState operations;
  private final RobotState robots = new RobotState(accounts);
  private final GroupMessageState groupMessages;
  private final GroupAttributeState groupAttributes = new GroupAttributeState();
  private final OfficialAccountState officialAccounts = new OfficialAccountState();
  private final ModerationState moderation = new ModerationState();
  private final C2cState c2c;
  /** Every state field above but the clock, the options and the hooks, in the order they are cleared and saved. */
  private final List<StateSection> sections;
  /** Told of the messages the cloud review refuses ({@code ContentCallback.ResultNotify}); nobody by default. */
  private volatile Consumer<CloudBlock> cloudBlocks = block -> { };

  /** {@code options} give the features switched off and the limits; the caller's copy, not changed later. */
  EmulatorStateImpl(EmulatorClock clock, TimEmulatorOptions options) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.options = Objects.requireNonNull(options, "options");
    this.messages = new MessageStore(clock);
    groups.addListener(avChatRooms);
    groups.addListener(communities);
    this.allMemberPush = new PushState(clock, "allpush");
    this.timPush = new PushState(clock, "timpush");
    // a group message gives its conversation to every member, and statistics count its deliveries
    GroupMembers members = groupId -> Set.copyOf(groupMemberIds(groupId));
    this.conversations = new ConversationState(clock, messages, members);
    this.mutes = new MuteState(clock);
    this.operations = new OperationsState(clock, options.getSdkAppId(), members);
    hooks.addCheck(mutes);
    hooks.addListener(conversations);
    operations.follow(hooks);
    this.groupMessages = new GroupMessageState(messages, clock);
    groups.addListener(groupMessages);
    groups.addListener(groupAttributes);
    this.c2c = new C2cState(messages, clock, options.getLimit(EmulatorLimit.C2C_DEDUP_WINDOW_SECONDS));
    this.sections = List.of(accounts, groups, avChatRooms, communities, sns, groupMessages, groupAttributes,
        officialAccounts, moderation, c2c, messages, allMemberPush, timPush, conversations, mutes, operations, robots);
  }

  /** The state as sections, for snapshots (one name each, in the order they are saved and loaded). */
  List<StateSection> sections() {
    return sections;
  }

  /** A table of every family's handlers over this state, checked against {@code registry}. */
  HandlerTable install(EndpointRegistry registry) {
    HandlerTable table = new HandlerTable(registry, options.getDisabledFeatures());
    new AccountHandlers(accounts).install(table);
    new GroupHandlers(groups, accounts, this::isOnline, clock, options).install(table);
    new GroupMessageHandlers(groups, groupMessages, accounts, hooks, options).install(table);
    new GroupReceiptHandlers(groups, groupMessages, accounts).install(table);
    new GroupExtensionHandlers(groups, groupMessages).install(table);
    new GroupAttributeHandlers(groups, groupAttributes, clock, options).install(table);
    new MemberHandlers(groups, accounts, clock).install(table);
    new SearchHandlers(groups, this::nick).install(table);
    new AvChatRoomHandlers(groups, avChatRooms, accounts, clock, options).install(table);
    new CommunityHandlers(groups, communities, accounts, clock, options).install(table);
    new ProfileHandlers(accounts, options.getProfileCustomFields()).install(table);
    new FriendHandlers(sns, accounts, clock, options::getLimit).install(table);
    new BlocklistHandlers(sns, accounts, clock, options::getLimit).install(table);
    new FriendGroupHandlers(sns, accounts, options::getLimit).install(table);
    new FollowHandlers(sns, accounts, clock, options::getLimit).install(table);
    sns.install(hooks);
    PushHandlers.allMemberPush(allMemberPush, accounts, accounts::ids, options).install(table);
    PushHandlers.timPush(timPush, accounts, accounts::ids, options).install(table);
    new ConversationHandlers(conversations, accounts, options).install(table);
    new MuteHandlers(mutes, accounts).install(table);
    new OperationsHandlers(operations, accounts, groups::count, options).install(table);
    new RobotHandlers(robots, options).install(table);
    new OfficialAccountHandlers(officialAccounts, accounts, clock, options).install(table);
    new OfficialAccountMessages(officialAccounts, messages, hooks, clock, options).install(table);
    new ModerationHandlers(moderation, clock, options, block -> cloudBlocks.accept(block)).install(table, hooks);
    new C2cHandlers(c2c, accounts, hooks, options.getAdminIdentifier(),
        options.getLimit(EmulatorLimit.C2C_MESSAGE_EXTENSION_PAIRS)).install(table);
    return table;
  }

  /** Who is told of the messages the cloud review refuses (the callback stage, when callbacks are on). */
  void onCloudBlock(Consumer<CloudBlock> listener) {
    this.cloudBlocks = Objects.requireNonNull(listener, "listener");
  }

  /** The callback rules by endpoint path, reading this state (docs/emulator.md, "Callbacks"). */
  Map<String, CallbackRule> callbackRules() {
    return CallbackRules.of(new CallbackFacts() {
      @Override
      public String admin() {
        return options.getAdminIdentifier();
      }

      @Override
      public EmulatorClock clock() {
        return clock;
      }

      @Override
      public Group group(String groupId) {
        return groups.find(groupId);
      }

      @Override
      public Map<String, String> groupAttributes(String groupId) {
        return groupAttributes.attributes(groupId);
      }

      @Override
      public GroupMessageState.ReceiptFacts groupReceipt(String groupId, long msgSeq) {
        Group g = groups.find(groupId);
        return g == null ? null : groupMessages.receiptFacts(g, msgSeq);
      }

      @Override
      public boolean isRobot(String userId) {
        return robots.isRobot(userId);
      }

      @Override
      public int c2cUnread(String reader, String peer) {
        return c2c.unread(reader, peer);
      }

      @Override
      public List<String> pushRecipients(String taskId) {
        return EmulatorStateImpl.this.pushRecipients(taskId);
      }

      @Override
      public OfficialAccountState.OfficialAccountFacts officialAccount(String officialAccountId) {
        return officialAccounts.facts(officialAccountId);
      }

      @Override
      public boolean isOnline(String userId) {
        return EmulatorStateImpl.this.isOnline(userId);
      }
    });
  }

  /** Whether an imported account's status is Online (AVChatRoom online counts). */
  private boolean isOnline(String userId) {
    AccountState.Account a = accounts.account(userId);
    return a != null && AccountState.ONLINE.equals(a.status());
  }

  /** An account's nickname, "" when none (cloud search matches nicknames). */
  private String nick(String userId) {
    AccountState.Account a = accounts.account(userId);
    return a == null || a.nick() == null ? "" : a.nick();
  }

  EmulatorClock clock() {
    return clock;
  }

  @Override
  public boolean hasAccount(String userId) {
    return accounts.exists(userId);
  }

  @Override
  public int accountCount() {
    return accounts.count();
  }

  @Override
  public Set<String> accountIds() {
    return accounts.ids();
  }

  @Override
  public void addAccount(String userId) {
    if (!accounts.exists(userId)) {
      accounts.importAccount(userId, null, null);
    }
  }

  @Override
  public void setOnlineStatus(String userId, String status) {
    accounts.setOnlineStatus(userId, status);
  }

  @Override
  public String addGroup(String type) {
    return groups.addGroup(type);
  }

  @Override
  public List<String> addGroups(int count, String type) {
    return groups.addGroups(count, type);
  }

  @Override
  public int groupCount() {
    return groups.count();
  }

  // AVChatRoom and communities

  @Override
  public boolean joinGroup(String groupId, String userId) {
    Group g = groups.find(groupId);
    if (g == null || !accounts.exists(userId)) {
      return false;
    }
    if (g.type() == GroupType.AVChatRoom) {
      return avChatRooms.join(g, userId, clock.seconds());
    }
    synchronized (g) {
      if (!g.isMember(userId)) {
        g.putMember(GroupMember.joined(userId, MemberRole.Member, clock.seconds()));
      }
    }
    return true;
  }

  @Override
  public boolean leaveGroup(String groupId, String userId) {
    Group g = groups.find(groupId);
    return g != null && g.removeMember(userId) != null;
  }

  @Override
  public List<String> groupMemberIds(String groupId) {
    Group g = groups.find(groupId);
    return g == null ? List.of() : g.members().stream().map(GroupMember::userId).toList();
  }

  @Override
  public boolean isBanned(String groupId, String userId) {
    return avChatRooms.banned(groupId, userId, clock.seconds());
  }

  @Override
  public List<String> avChatRoomAdmins(String groupId) {
    return avChatRooms.admins(groupId);
  }

  @Override
  public List<Long> memberMarks(String groupId, String userId) {
    return avChatRooms.marks(groupId, userId);
  }

  @Override
  public List<String> topicIds(String groupId) {
    return communities.topicIds(groupId);
  }

  @Override
  public List<String> permissionGroupIds(String groupId) {
    return communities.permissionGroupIds(groupId);
  }

  @Override
  public List<String> permissionGroupMembers(String groupId, String permissionGroupId) {
    return communities.permissionGroupMembers(groupId, permissionGroupId);
  }

  // group messages, attributes and counters

  @Override
  public String addGroupWithMembers(String type, String owner, List<String> members) {
    GroupType t = GroupType.parse(type).orElseThrow(() -> new IllegalArgumentException("no group type " + type));
    long now = clock.seconds();
    Group g = groups.create(t, null, null, owner, now, GroupState.DEFAULT_MAX_MEMBER_NUM);
    for (String m : members) {
      if (!m.equals(owner)) {
        g.putMember(GroupMember.joined(m, MemberRole.Member, now));
      }
    }
    return g.groupId();
  }

  @Override
  public void muteGroupMember(String groupId, String userId, long untilEpochSeconds) {
    Group g = groups.find(groupId);
    if (g == null) {
      throw new IllegalArgumentException("no group " + groupId);
    }
    synchronized (g) {
      GroupMember m = g.member(userId);
      if (m == null) {
        throw new IllegalArgumentException(userId + " is not a member of " + groupId);
      }
      g.putMember(m.withShutUpUntil(untilEpochSeconds));
    }
  }

  @Override
  public int groupMessageCount(String groupId) {
    return groupMessages.messageCount(groupId);
  }

  @Override
  public boolean groupMessageRecalled(String groupId, long msgSeq) {
    StoredMessage m = groupMessages.historyMessage(groupId, msgSeq);
    return m != null && m.recalled();
  }

  @Override
  public long groupMessagesClearedUpTo(String groupId) {
    return groupMessages.clearedUpTo(groupId);
  }

  @Override
  public List<JsonObject> groupNotices(String groupId) {
    return groupMessages.notices(groupId);
  }

  @Override
  public Map<String, String> groupAttributes(String groupId) {
    return groupAttributes.attributes(groupId);
  }

  @Override
  public Map<String, Long> groupCounters(String groupId) {
    return groupAttributes.counters(groupId);
  }

  @Override
  public boolean hasGroup(String groupId) {
    return groups.find(groupId) != null;
  }

  @Override
  public String groupRole(String groupId, String userId) {
    MemberRole role = groups.role(groupId, userId);
    return role == null ? null : role.name();
  }

  @Override
  public int groupMemberCount(String groupId) {
    Group g = groups.find(groupId);
    return g == null ? -1 : g.memberCount();
  }

  @Override
  public String groupOwner(String groupId) {
    Group g = groups.find(groupId);
    return g == null ? null : g.owner();
  }

  @Override
  public boolean isGroupMemberMuted(String groupId, String userId) {
    return groups.isMuted(groupId, userId, clock.seconds());
  }

  // profiles and relationships

  @Override
  public Map<String, Object> profile(String userId) {
    Map<String, Object> p = accounts.profile(userId);
    return p == null ? Map.of() : p;
  }

  @Override
  public List<String> friends(String userId) {
    return sns.friends(userId);
  }

  @Override
  public List<String> blocklist(String userId) {
    return sns.blocklist(userId);
  }

  @Override
  public List<String> friendGroups(String userId) {
    return sns.friendGroups(userId);
  }

  @Override
  public List<String> following(String userId) {
    return sns.following(userId);
  }

  // push (legacy all-member push and TIMPush)

  private PushState push(String service) {
    return switch (service) {
      case EmulatorState.ALL_MEMBER_PUSH -> allMemberPush;
      case EmulatorState.TIMPUSH -> timPush;
      default -> throw new IllegalArgumentException("service is all_member_push or timpush, got " + service);
    };
  }

  public Map<String, String> pushAttrs(String service, String userId) {
    return push(service).attrsOf(userId);
  }

  public Set<String> pushTags(String service, String userId) {
    return push(service).tagsOf(userId);
  }

  public List<String> pushTaskIds(String service) {
    return push(service).tasks().stream().map(PushTask::taskId).toList();
  }

  public List<String> pushRecipients(String taskId) {
    PushTask task = pushTask(taskId);
    return task == null ? null : task.recipients();
  }

  public boolean pushRevoked(String taskId) {
    PushTask task = pushTask(taskId);
    return task != null && task.revoked();
  }

  private PushTask pushTask(String taskId) {
    PushTask task = allMemberPush.task(taskId);
    return task != null ? task : timPush.task(taskId);
  }

  // ---- conversations, global mute, operations, chatbots ----

  @Override
  public void touchConversation(String owner, int type, String peer, long msgTime) {
    conversations.touch(owner, type, peer, msgTime);
  }

  @Override
  public void pinConversation(String owner, int type, String peer, boolean pinned) {
    int max = (int) options.getLimit(EmulatorLimit.PINNED_CONVERSATIONS);
    if (!conversations.pin(owner, type, peer, pinned, max)) {
      throw new IllegalStateException("51012: at most " + max + " pinned conversations per user");
    }
  }

  @Override
  public List<String> conversations(String owner) {
    return conversations.conversations(owner);
  }

  @Override
  public void addChatFile(String url) {
    operations.addChatFile(url);
  }

  @Override
  public boolean chatFileBanned(String url) {
    return operations.chatFileBanned(url);
  }

  @Override
  public List<String> robotIds() {
    return robots.ids();
  }

  // official accounts and moderation

  @Override
  public boolean hasOfficialAccount(String officialAccountId) {
    return officialAccounts.exists(officialAccountId);
  }

  @Override
  public List<String> officialAccountSubscribers(String officialAccountId) {
    List<String> subscribers = officialAccounts.subscribers(officialAccountId);
    return subscribers == null ? List.of() : subscribers;
  }

  @Override
  public int officialAccountMessageCount(String officialAccountId) {
    String conversation = officialAccounts.conversation(officialAccountId);
    return conversation == null ? 0 : messages.size(conversation);
  }

  @Override
  public Set<String> moderationKeywords() {
    return moderation.allKeywords();
  }

  // one-to-one messages

  @Override
  public int c2cMessageCount(String a, String b) {
    return c2c.messageCount(a, b);
  }

  @Override
  public void clear() {
    sections.forEach(StateSection::clear);
  }

  @Override
  public String toString() {
    return "EmulatorState[accounts=" + accountCount() + ", groups=" + groupCount() + "]";
  }
}

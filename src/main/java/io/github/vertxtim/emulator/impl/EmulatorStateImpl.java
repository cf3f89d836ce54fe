package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.emulator.EmulatorState;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.account.AccountHandlers;
import io.github.vertxtim.emulator.impl.account.AccountState;
import io.github.vertxtim.emulator.impl.group.Group;
import io.github.vertxtim.emulator.impl.group.GroupAttributeHandlers;
import io.github.vertxtim.emulator.impl.group.GroupAttributeState;
import io.github.vertxtim.emulator.impl.group.GroupExtensionHandlers;
import io.github.vertxtim.emulator.impl.group.GroupHandlers;
import io.github.vertxtim.emulator.impl.group.GroupMember;
import io.github.vertxtim.emulator.impl.group.GroupMessageHandlers;
import io.github.vertxtim.emulator.impl.group.GroupMessageState;
import io.github.vertxtim.emulator.impl.group.GroupReceiptHandlers;
import io.github.vertxtim.emulator.impl.group.GroupState;
import io.github.vertxtim.emulator.impl.group.GroupType;
import io.github.vertxtim.emulator.impl.group.MemberHandlers;
import io.github.vertxtim.emulator.impl.group.MemberRole;
import io.github.vertxtim.emulator.impl.search.SearchHandlers;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.shared.MessageStore;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every family's state, and the one place the families are listed: {@link #install} registers each family's
 * handlers and {@link #clear} clears each family. A new family is one state field, one line in each.
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
  private final GroupMessageState groupMessages;
  private final GroupAttributeState groupAttributes = new GroupAttributeState();

  /** {@code options} give the features switched off and the limits; the caller's copy, not changed later. */
  EmulatorStateImpl(EmulatorClock clock, TimEmulatorOptions options) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.options = Objects.requireNonNull(options, "options");
    this.messages = new MessageStore(clock);
    this.groupMessages = new GroupMessageState(messages, clock);
    groups.addListener(groupMessages);
    groups.addListener(groupAttributes);
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
    return table;
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

  @Override
  public void clear() {
    accounts.clear();
    groups.clear();
    groupMessages.clear();
    groupAttributes.clear();
    messages.clear();
  }

  @Override
  public String toString() {
    return "EmulatorState[accounts=" + accountCount() + ", groups=" + groupCount() + "]";
  }
}

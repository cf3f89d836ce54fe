package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.EmulatorState;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.account.AccountHandlers;
import io.github.vertxtim.emulator.impl.account.AccountState;
import io.github.vertxtim.emulator.impl.conversation.ConversationHandlers;
import io.github.vertxtim.emulator.impl.conversation.ConversationState;
import io.github.vertxtim.emulator.impl.group.GroupHandlers;
import io.github.vertxtim.emulator.impl.group.GroupState;
import io.github.vertxtim.emulator.impl.mute.MuteHandlers;
import io.github.vertxtim.emulator.impl.mute.MuteState;
import io.github.vertxtim.emulator.impl.operations.OperationsHandlers;
import io.github.vertxtim.emulator.impl.operations.OperationsState;
import io.github.vertxtim.emulator.impl.robot.RobotHandlers;
import io.github.vertxtim.emulator.impl.robot.RobotState;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.GroupMembers;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.shared.MessageStore;
import io.github.vertxtim.registry.EndpointRegistry;

import java.util.List;
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
  // conversations, global mute, operations, chatbots
  private final ConversationState conversations;
  private final MuteState mutes;
  private final OperationsState operations;
  private final RobotState robots = new RobotState(accounts);

  /** {@code options} give the features switched off and the limits; the caller's copy, not changed later. */
  EmulatorStateImpl(EmulatorClock clock, TimEmulatorOptions options) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.options = Objects.requireNonNull(options, "options");
    this.messages = new MessageStore(clock);
    // The group family does not tell members yet: group conversations go to the sender (GroupMembers.NONE).
    this.conversations = new ConversationState(clock, messages, GroupMembers.NONE);
    this.mutes = new MuteState(clock);
    this.operations = new OperationsState(clock, options.getSdkAppId(), GroupMembers.NONE);
    hooks.addCheck(mutes);
    hooks.addListener(conversations);
    operations.follow(hooks);
  }

  /** A table of every family's handlers over this state, checked against {@code registry}. */
  HandlerTable install(EndpointRegistry registry) {
    HandlerTable table = new HandlerTable(registry, options.getDisabledFeatures());
    new AccountHandlers(accounts).install(table);
    new GroupHandlers(groups).install(table);
    new ConversationHandlers(conversations, accounts, options).install(table);
    new MuteHandlers(mutes, accounts).install(table);
    new OperationsHandlers(operations, accounts, groups::count, options).install(table);
    new RobotHandlers(robots, options).install(table);
    return table;
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

  @Override
  public void clear() {
    accounts.clear();
    groups.clear();
    messages.clear();
    conversations.clear();
    mutes.clear();
    operations.clear();
    robots.clear();
  }

  @Override
  public String toString() {
    return "EmulatorState[accounts=" + accountCount() + ", groups=" + groupCount() + "]";
  }
}

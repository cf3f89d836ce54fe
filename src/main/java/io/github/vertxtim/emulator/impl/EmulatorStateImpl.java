package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.emulator.EmulatorState;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.account.AccountHandlers;
import io.github.vertxtim.emulator.impl.account.AccountState;
import io.github.vertxtim.emulator.impl.group.GroupHandlers;
import io.github.vertxtim.emulator.impl.group.GroupState;
import io.github.vertxtim.emulator.impl.moderation.ModerationHandlers;
import io.github.vertxtim.emulator.impl.moderation.ModerationState;
import io.github.vertxtim.emulator.impl.official.OfficialAccountHandlers;
import io.github.vertxtim.emulator.impl.official.OfficialAccountMessages;
import io.github.vertxtim.emulator.impl.official.OfficialAccountState;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
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
  private final OfficialAccountState officialAccounts = new OfficialAccountState();
  private final ModerationState moderation = new ModerationState();

  /** {@code options} give the features switched off and the limits; the caller's copy, not changed later. */
  EmulatorStateImpl(EmulatorClock clock, TimEmulatorOptions options) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.options = Objects.requireNonNull(options, "options");
    this.messages = new MessageStore(clock);
  }

  /** A table of every family's handlers over this state, checked against {@code registry}. */
  HandlerTable install(EndpointRegistry registry) {
    HandlerTable table = new HandlerTable(registry, options.getDisabledFeatures());
    new AccountHandlers(accounts).install(table);
    new GroupHandlers(groups).install(table);
    new OfficialAccountHandlers(officialAccounts, accounts, clock, options).install(table);
    new OfficialAccountMessages(officialAccounts, messages, hooks, clock, options).install(table);
    new ModerationHandlers(moderation, clock, options).install(table, hooks);
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

  @Override
  public void clear() {
    accounts.clear();
    groups.clear();
    officialAccounts.clear();
    moderation.clear();
    messages.clear();
  }

  @Override
  public String toString() {
    return "EmulatorState[accounts=" + accountCount() + ", groups=" + groupCount() + "]";
  }
}

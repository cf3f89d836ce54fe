package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.emulator.EmulatorState;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.account.AccountHandlers;
import io.github.vertxtim.emulator.impl.account.AccountState;
import io.github.vertxtim.emulator.impl.c2c.C2cHandlers;
import io.github.vertxtim.emulator.impl.c2c.C2cState;
import io.github.vertxtim.emulator.impl.group.GroupHandlers;
import io.github.vertxtim.emulator.impl.group.GroupState;
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
  private final C2cState c2c;

  /** {@code options} give the features switched off and the limits; the caller's copy, not changed later. */
  EmulatorStateImpl(EmulatorClock clock, TimEmulatorOptions options) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.options = Objects.requireNonNull(options, "options");
    this.messages = new MessageStore(clock);
    this.c2c = new C2cState(messages, clock, options.getLimit(EmulatorLimit.C2C_DEDUP_WINDOW_SECONDS));
  }

  /** A table of every family's handlers over this state, checked against {@code registry}. */
  HandlerTable install(EndpointRegistry registry) {
    HandlerTable table = new HandlerTable(registry, options.getDisabledFeatures());
    new AccountHandlers(accounts).install(table);
    new GroupHandlers(groups).install(table);
    new C2cHandlers(c2c, accounts, hooks, options.getAdminIdentifier(),
        options.getLimit(EmulatorLimit.C2C_MESSAGE_EXTENSION_PAIRS)).install(table);
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

  // one-to-one messages

  @Override
  public int c2cMessageCount(String a, String b) {
    return c2c.messageCount(a, b);
  }

  @Override
  public void clear() {
    accounts.clear();
    groups.clear();
    c2c.clear();
    messages.clear();
  }

  @Override
  public String toString() {
    return "EmulatorState[accounts=" + accountCount() + ", groups=" + groupCount() + "]";
  }
}

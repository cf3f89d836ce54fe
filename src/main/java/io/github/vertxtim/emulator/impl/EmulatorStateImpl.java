package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.emulator.EmulatorState;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.account.AccountHandlers;
import io.github.vertxtim.emulator.impl.account.AccountState;
import io.github.vertxtim.emulator.impl.group.GroupHandlers;
import io.github.vertxtim.emulator.impl.group.GroupState;
import io.github.vertxtim.emulator.impl.push.PushHandlers;
import io.github.vertxtim.emulator.impl.push.PushState;
import io.github.vertxtim.emulator.impl.push.PushTask;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.shared.MessageStore;
import io.github.vertxtim.registry.EndpointRegistry;

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
  /** Legacy all-member push and TIMPush keep separate attributes, tags and tasks (two services on the pages). */
  private final PushState allMemberPush;
  private final PushState timPush;

  /** {@code options} give the features switched off and the limits; the caller's copy, not changed later. */
  EmulatorStateImpl(EmulatorClock clock, TimEmulatorOptions options) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.options = Objects.requireNonNull(options, "options");
    this.messages = new MessageStore(clock);
    this.allMemberPush = new PushState(clock, "allpush");
    this.timPush = new PushState(clock, "timpush");
  }

  /** A table of every family's handlers over this state, checked against {@code registry}. */
  HandlerTable install(EndpointRegistry registry) {
    HandlerTable table = new HandlerTable(registry, options.getDisabledFeatures());
    new AccountHandlers(accounts).install(table);
    new GroupHandlers(groups).install(table);
    PushHandlers.allMemberPush(allMemberPush, accounts, accounts::ids, options).install(table);
    PushHandlers.timPush(timPush, accounts, accounts::ids, options).install(table);
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

  // push (legacy all-member push and TIMPush)

  private PushState push(String service) {
    return switch (service) {
      case EmulatorState.ALL_MEMBER_PUSH -> allMemberPush;
      case EmulatorState.TIMPUSH -> timPush;
      default -> throw new IllegalArgumentException("service is all_member_push or timpush, got " + service);
    };
  }

  @Override
  public Map<String, String> pushAttrs(String service, String userId) {
    return push(service).attrsOf(userId);
  }

  @Override
  public Set<String> pushTags(String service, String userId) {
    return push(service).tagsOf(userId);
  }

  @Override
  public List<String> pushTaskIds(String service) {
    return push(service).tasks().stream().map(PushTask::taskId).toList();
  }

  @Override
  public List<String> pushRecipients(String taskId) {
    PushTask task = pushTask(taskId);
    return task == null ? null : task.recipients();
  }

  @Override
  public boolean pushRevoked(String taskId) {
    PushTask task = pushTask(taskId);
    return task != null && task.revoked();
  }

  private PushTask pushTask(String taskId) {
    PushTask task = allMemberPush.task(taskId);
    return task != null ? task : timPush.task(taskId);
  }

  @Override
  public void clear() {
    accounts.clear();
    groups.clear();
    messages.clear();
    allMemberPush.clear();
    timPush.clear();
  }

  @Override
  public String toString() {
    return "EmulatorState[accounts=" + accountCount() + ", groups=" + groupCount() + "]";
  }
}

package io.github.vertxtim.emulator.impl.callback;

import io.github.vertxtim.emulator.impl.group.Group;
import io.github.vertxtim.emulator.impl.group.GroupMessageState;
import io.github.vertxtim.emulator.impl.official.OfficialAccountState;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;

import java.util.List;
import java.util.Map;

/** What the callback rules read of the emulator's state to build bodies (never to change it). */
public interface CallbackFacts {

  /** The app admin: the operator of REST-triggered events. */
  String admin();

  EmulatorClock clock();

  /** The group, or null. */
  Group group(String groupId);

  /** The group's custom attributes by key (empty when none). */
  Map<String, String> groupAttributes(String groupId);

  /** The read state of a group message sent with a read receipt, or null (no such group, message or receipt). */
  GroupMessageState.ReceiptFacts groupReceipt(String groupId, long msgSeq);

  /** Whether the account is a chatbot (its messages go to {@code Bot.On*Message}). */
  boolean isRobot(String userId);

  /** Messages from {@code peer} that {@code reader} has not read. */
  int c2cUnread(String reader, String peer);

  /** The recipients of a push task, or null when there is no such task. */
  List<String> pushRecipients(String taskId);

  /** An official account's owner, name and fullness, or null. */
  OfficialAccountState.OfficialAccountFacts officialAccount(String officialAccountId);

  /** Whether the account's status is Online (push results tell online from offline pushes). */
  boolean isOnline(String userId);
}

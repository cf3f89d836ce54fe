package io.github.vertxtim.emulator.impl.group;

/**
 * What other parts of the group family (messages, attributes, live rooms, topics) follow about groups, to keep or
 * drop their own per-group state. Called on the thread that made the change; member events run while the group's
 * monitor is held, so a listener must be quick and must not lock another group.
 */
public interface GroupListener {

  default void created(Group group) {
  }

  /** The group was destroyed; it is already gone from every lookup. */
  default void dismissed(Group group) {
  }

  default void memberJoined(Group group, GroupMember member) {
  }

  default void memberLeft(Group group, String userId) {
  }
}

package io.github.vertxtim.emulator.impl.shared;

import java.util.Set;

/**
 * What other families may ask the group family: who is in a group. The conversation family gives every member the
 * group's conversation when a group message is stored; statistics count the messages delivered.
 */
@FunctionalInterface
public interface GroupMembers {

  /** The members' UserIDs (a snapshot); empty when the group does not exist or the group family cannot tell. */
  Set<String> members(String groupId);

  /** The answer of a state that knows no members yet. */
  GroupMembers NONE = groupId -> Set.of();
}

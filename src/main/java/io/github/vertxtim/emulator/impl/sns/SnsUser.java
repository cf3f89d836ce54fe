package io.github.vertxtim.emulator.impl.sns;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One user's side of the relationship chain: friends, blocklist, friend lists, follows, and the sequences the
 * paging APIs answer. Mutable, guarded by {@link SnsState}'s lock; lists keep insertion order, which is the order
 * the paging APIs walk.
 */
final class SnsUser {

  final Map<String, Friend> friends = new LinkedHashMap<>();
  /** Blocked user → when blocked (Unix seconds). */
  final Map<String, Long> blocklist = new LinkedHashMap<>();
  final Set<String> friendGroups = new LinkedHashSet<>();
  /** Followed user → when followed (Unix seconds). */
  final Map<String, Long> following = new LinkedHashMap<>();
  /** Follower → when it followed (Unix seconds). */
  final Map<String, Long> followers = new LinkedHashMap<>();
  long standardSequence;
  long customSequence;
  long blocklistSequence;
  long groupSequence;

  boolean empty() {
    return friends.isEmpty() && blocklist.isEmpty() && friendGroups.isEmpty() && following.isEmpty()
        && followers.isEmpty();
  }
}

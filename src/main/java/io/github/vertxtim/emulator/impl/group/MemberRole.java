package io.github.vertxtim.emulator.impl.group;

import java.util.Arrays;
import java.util.Optional;

/** A member's role, by its REST name. */
public enum MemberRole {
  Owner, Admin, Member;

  /** Whether the role may manage the group (add/remove members, mute, modify): the owner and admins. */
  public boolean manages() {
    return this != Member;
  }

  public static Optional<MemberRole> parse(String name) {
    return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
  }
}

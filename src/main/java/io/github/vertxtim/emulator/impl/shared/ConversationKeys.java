package io.github.vertxtim.emulator.impl.shared;

import java.util.Objects;

/**
 * The {@link MessageStore} keys of conversations, so that every family names the same conversation the same way:
 * the one-to-one family stores a pair's messages under {@link #c2c}, the group families a group's under
 * {@link #group}, and the conversation family finds them there (recentcontact/delete with ClearRamble).
 */
public final class ConversationKeys {

  private ConversationKeys() {
  }

  /** The one conversation of two accounts, the same whichever of them sends. */
  public static String c2c(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.compareTo(b) <= 0 ? "c2c:" + a + "|" + b : "c2c:" + b + "|" + a;
  }

  /** The conversation of a group (or topic) ID. */
  public static String group(String groupId) {
    return "group:" + Objects.requireNonNull(groupId, "groupId");
  }
}

package io.github.vertxtim.emulator;

/**
 * A limit the real service sets per app or per edition (and sometimes raises for money), that users' tests want to
 * change: {@link TimEmulatorOptions#setLimit} or {@code tim emulator --limit NAME=VALUE}. Each constant has the
 * documented default. Families read them; a family that needs a new knob adds a constant here, in its section.
 */
public enum EmulatorLimit {

  // accounts

  // one-to-one messages

  // push (legacy all-member push and TIMPush)

  // profiles and relationships

  // conversations, mute, operations, chatbots
  /** Pinned conversations per user (51012, https://trtc.io/document/34348). */
  PINNED_CONVERSATIONS(50, "pinned conversations per user (51012)"),
  /** Conversation groups per user (51010; 20 on https://trtc.io/document/53437). */
  CONTACT_GROUPS(20, "conversation groups per user (51010)"),
  /** Conversations in grouped or marked data per user, and per group (51008; 1000 on https://trtc.io/document/53437). */
  GROUPED_CONVERSATIONS(1000, "conversations with group or mark data per user, and per conversation group (51008)"),
  /** Chatbots per app (10008; 20 in the create_robot notes). */
  ROBOTS(20, "chatbots per app (10008)"),

  // groups

  // official accounts, moderation, cloud search

  ;

  private final long defaultValue;
  private final String description;

  EmulatorLimit(long defaultValue, String description) {
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public long defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }
}

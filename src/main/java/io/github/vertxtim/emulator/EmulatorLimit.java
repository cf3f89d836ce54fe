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

  /** Friends per user: 3,000 (https://tencentcloud.com/document/product/1047/33521); 30010 / 30014 beyond. */
  FRIEND_COUNT(3000, "friends per user"),
  /** Friend lists per user: 32 (https://tencentcloud.com/document/product/1047/33521); 30011 beyond. */
  FRIEND_GROUP_COUNT(32, "friend lists per user"),
  /** Blocklisted users per user: 1,000 (the documents give no figure; the sns caps are 1,000); 30013 beyond. */
  BLOCKLIST_COUNT(1000, "blocklisted users per user"),
  /** Users one user may follow: 5,000 (https://trtc.io/document/66035); followers are not limited. */
  FOLLOWING_COUNT(5000, "users one user may follow"),

  // conversations, mute, operations, chatbots

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

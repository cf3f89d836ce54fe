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
  /** All-user, attribute and tag pushes a day through im_push (I-37166: 100 a day by default; 90047 beyond). */
  ALL_MEMBER_PUSH_DAILY_QUOTA(100, "all_member_push/im_push calls a day (90047 beyond)"),
  /** All-user and tag pushes a day through timpush/push (standard and advanced editions 100, free 10; 90047). */
  TIMPUSH_DAILY_QUOTA(100, "timpush/push calls a day (90047 beyond); 10 on the free edition"),
  /** Two all-user pushes must be more than this many milliseconds apart (90024; "greater than 1 s"). */
  PUSH_MIN_INTERVAL_MILLIS(1000, "milliseconds that must pass between two all-user pushes (90024)"),
  /** Tags one account can hold (I-37173, I-67821; 90032 beyond). */
  PUSH_TAGS_PER_USER(100, "push tags per account (90032 beyond)"),
  /** Distinct tags an app can hold over all its accounts (I-67821; 90032 beyond). */
  PUSH_TAGS_PER_APP(1000, "distinct push tags per app (90032 beyond)"),

  // profiles and relationships

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

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

  // groups

  // official accounts, moderation, cloud search

  /**
   * Official accounts an app may hold; one more answers 130010. The pages give no number for paid editions (the
   * console trial allows 5): the default only keeps the emulator bounded.
   */
  OFFICIAL_ACCOUNTS_PER_APP(10_000, "official accounts per app (130010 beyond)"),
  /** MaxSubscriberNum of an official account created without one (https://trtc.io/document/60755: 100000). */
  OFFICIAL_ACCOUNT_DEFAULT_MAX_SUBSCRIBERS(100_000, "default MaxSubscriberNum of a new official account"),
  /** Messages one official account may send per second (https://trtc.io/document/60810: 1). */
  OFFICIAL_ACCOUNT_MSGS_PER_SECOND(1, "messages per second per official account (10023 beyond)"),
  /** Broadcast messages one official account may send per hour (https://trtc.io/document/60810: 2). */
  OFFICIAL_ACCOUNT_BROADCASTS_PER_HOUR(2, "broadcast messages per hour per official account (10023 beyond)"),
  /** Seconds within which the same content again is dropped as a duplicate (https://trtc.io/document/60810: 5 min). */
  OFFICIAL_ACCOUNT_DUPLICATE_WINDOW_SECONDS(300, "seconds within which identical content is dropped"),
  /** Local moderation words and regexes an app may hold (2016 beyond); the pages give no number. */
  MODERATION_LOCAL_WORDS(10_000, "local moderation words per app (2016 beyond)"),
  /** Keywords one cloud keyword library may hold (2016 beyond); the pages give no number. */
  MODERATION_CLOUD_KEYWORDS_PER_LIBRARY(10_000, "keywords per cloud keyword library (2016 beyond)"),

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

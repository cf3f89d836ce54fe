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

  /** Messages a group takes per second; more answer 10023 (catalog §3, "40 messages/s per group"). */
  GROUP_MESSAGES_PER_SECOND(40, "messages per second one group takes (10023 beyond)"),
  /**
   * How long after sending a group message the app admin may recall it, in seconds; 0 = any time, as the recall
   * page says for the admin. Set it to test 10031 (the client SDKs' default window is 2 minutes).
   */
  GROUP_RECALL_WINDOW_SECONDS(0,
      "seconds after sending within which group_msg_recall works (0 = any time; 10031 beyond)"),
  /** Attribute writes (modify/set/clear/delete_group_attr) a group takes per second; more answer 10049. */
  GROUP_ATTR_WRITES_PER_SECOND(5, "custom-attribute writes per second per group (10049 beyond)"),
  /**
   * Members per Private, Public or ChatRoom group by edition: Standard 200, Pro 2000, Pro Plus 5000, Enterprise
   * 6000 (error-code page, client 8507; https://trtc.io/document/34348). The emulator defaults to Enterprise.
   */
  GROUP_MEMBER_LIMIT(6000, "members per Private, Public or ChatRoom group (edition: 200/2000/5000/6000)"),
  /** Members per Community group (communities hold up to 100,000 members). */
  COMMUNITY_MEMBER_LIMIT(100_000, "members per Community group"),

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

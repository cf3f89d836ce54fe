package io.github.vertxtim.emulator;

/**
 * A limit the real service sets per app or per edition (and sometimes raises for money), that users' tests want to
 * change: {@link TimEmulatorOptions#setLimit} or {@code tim emulator --limit NAME=VALUE}. Each constant has the
 * documented default. Families read them; a family that needs a new knob adds a constant here, in its section.
 */
public enum EmulatorLimit {

  // accounts

  // one-to-one messages
  /** Extension key-value pairs one one-to-one message may hold (T-51195). */
  C2C_MESSAGE_EXTENSION_PAIRS(300, "extension key-value pairs per one-to-one message"),
  /** How long sendmsg/batchsendmsg recognise a repeat of the same message (C-2282: the de-duplication key lives 120 s). */
  C2C_DEDUP_WINDOW_SECONDS(120, "seconds a repeated one-to-one send (same sender, MsgSeq, MsgRandom, content) is dropped"),

  // push (legacy all-member push and TIMPush)

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

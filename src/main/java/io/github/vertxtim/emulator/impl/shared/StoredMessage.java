package io.github.vertxtim.emulator.impl.shared;

import io.vertx.core.json.JsonObject;

/**
 * One message of a conversation, immutable. {@code position} is its arrival order in the conversation (1, 2, …),
 * the cursor paging uses; {@code msgSeq} is the documented MsgSeq (the position unless the sender supplied one, as
 * C2C senders may); {@code fields} are the family's own (From_Account, MsgBody, …), a copy nobody else holds.
 */
public record StoredMessage(long position, long msgSeq, long msgTime, long msgRandom, String msgKey,
                            boolean recalled, JsonObject fields) {

  /** The same message with other family fields (a modification, a receipt), a copy nobody else holds. */
  StoredMessage withFields(JsonObject changed) {
    return new StoredMessage(position, msgSeq, msgTime, msgRandom, msgKey, recalled, changed);
  }

  StoredMessage recall() {
    return new StoredMessage(position, msgSeq, msgTime, msgRandom, msgKey, true, fields);
  }
}

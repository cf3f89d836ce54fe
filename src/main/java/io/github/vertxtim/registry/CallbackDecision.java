package io.github.vertxtim.registry;

/** The kind of answer a before-callback takes (shared/api/callbacks.md §5.2). */
public enum CallbackDecision {
  /** After-callbacks: always answered OK. */
  NONE,
  /** Allow (0) or reject (1, or a custom code in the documented range). */
  ALLOW_REJECT,
  /** Allow, reject, drop silently (2), or allow with a rewritten MsgBody / CloudCustomData. */
  MESSAGE,
  /** Allow while refusing some of the invited members ({@code RefusedMembers_Account}). */
  REFUSE_MEMBERS,
  /** Allow while refusing some of the subscribers ({@code RefusedSubscribers_Account}). */
  REFUSE_SUBSCRIBERS,
  /** One {@code ResultItem} per target account (the Sns before-callbacks). */
  FRIEND_ITEMS,
  /** Allow with {@code RspData} passed back to the chatbot, or reject. */
  SIGNAL
}

package io.github.vertxtim.emulator.impl.shared;

/**
 * What other families may ask the account family: whether a UserID is imported. Each family answers its own
 * "account not imported" code with it (group 10019, messages 20003/90012, push 90048, account 70107).
 */
public interface Accounts {

  /** Whether the account is imported. */
  boolean exists(String userId);
}

package io.github.vertxtim.emulator.impl.c2c;

import io.github.vertxtim.emulator.impl.shared.Accounts;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;

/**
 * The one-to-one message family (catalog §4.2): sending and importing ({@link C2cSendHandlers}), history
 * ({@link C2cHistoryHandlers}), read marks and receipts ({@link C2cReadHandlers}) and message extensions
 * ({@link C2cExtensionHandlers}), all over the shared message store through {@link C2cState}.
 */
public final class C2cHandlers {

  private final C2cSendHandlers send;
  private final C2cHistoryHandlers history;
  private final C2cReadHandlers read;
  private final C2cExtensionHandlers extensions;

  /**
   * @param admin the app admin's identifier (the sender when the admin sends without From_Account)
   * @param maxExtensionPairs extension pairs one message may hold
   */
  public C2cHandlers(C2cState state, Accounts accounts, MessageHooks hooks, String admin,
                     long maxExtensionPairs) {
    C2cFields fields = new C2cFields(accounts, admin);
    this.send = new C2cSendHandlers(state, fields, hooks);
    this.history = new C2cHistoryHandlers(state, fields);
    this.read = new C2cReadHandlers(state, fields);
    this.extensions = new C2cExtensionHandlers(state, fields, maxExtensionPairs);
  }

  public void install(HandlerTable table) {
    send.install(table);
    history.install(table);
    read.install(table);
    extensions.install(table);
  }
}

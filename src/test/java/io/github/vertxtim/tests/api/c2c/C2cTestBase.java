package io.github.vertxtim.tests.api.c2c;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.c2c.GetRoamMessagesRequest;
import io.github.vertxtim.api.c2c.GetRoamMessagesResult;
import io.github.vertxtim.api.c2c.SendMessageRequest;
import io.github.vertxtim.api.c2c.SendMessageResult;
import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.api.message.MsgElement;
import io.github.vertxtim.api.message.TextContent;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.TimEmulatorImpl;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.tests.api.FamilyTestBase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The one-to-one family's tests: accounts to talk between, sends, and a whole-history read. */
abstract class C2cTestBase extends FamilyTestBase {

  /** A manual clock starting now (the client signs with the real clock; the usersig must not be from the future). */
  static ManualClock manualClock() {
    return new ManualClock(System.currentTimeMillis());
  }

  /** Imports the accounts (100 a call). */
  void accounts(String... ids) {
    accounts(Arrays.asList(ids));
  }

  void accounts(List<String> ids) {
    try {
      importAll(ids);
    } catch (Exception e) {
      throw new AssertionError("importing accounts failed", e);
    }
  }

  private void importAll(List<String> ids) throws Exception {
    for (int i = 0; i < ids.size(); i += 100) {
      List<Account> chunk = ids.subList(i, Math.min(ids.size(), i + 100)).stream().map(Account::of).toList();
      // the first call of a test may meet a cold JVM on a loaded machine: a longer bound than await's
      client.accounts().importAccounts(new ImportAccountsRequest(chunk)).toCompletionStage().toCompletableFuture()
          .get(60, TimeUnit.SECONDS);
    }
  }

  SendMessageResult send(String from, String to, String text) {
    return await(() -> client.c2c().sendMessage(SendMessageRequest.of(to, MsgBody.text(text)).withFromAccount(from)));
  }

  /** Every message {@code operator} sees with {@code peer}, walking every page, newest first. */
  List<GetRoamMessagesResult.Message> history(String operator, String peer) {
    List<GetRoamMessagesResult.Message> all = new ArrayList<>();
    GetRoamMessagesRequest request = GetRoamMessagesRequest.of(operator, peer, 100, 0, Long.MAX_VALUE / 4);
    while (true) {
      GetRoamMessagesRequest r = request;
      GetRoamMessagesResult page = await(() -> client.c2c().getRoamMessages(r));
      all.addAll(page.messages());
      if (page.isComplete()) {
        return all;
      }
      request = request.next(page);
    }
  }

  static String text(GetRoamMessagesResult.Message m) {
    MsgElement e = m.msgBody().get(0);
    return ((TextContent) e.msgContent()).text();
  }

  /**
   * Replaces the emulator and client of the base with ones over {@code clock}, for tests that move time (rate
   * windows, read marks, de-duplication windows).
   */
  void restartWithClock(ManualClock clock, TimEmulatorOptions options) throws Exception {
    client.close().await();
    emulator.close().await();
    emulator = new TimEmulatorImpl(vertx, options.setSdkAppId(SDK_APP_ID).setAdminIdentifier(ADMIN), clock);
    emulator.start().toCompletionStage().toCompletableFuture().get();
    client = TimClient.create(vertx, clientOptions());
  }

  TimClientOptions clientOptions() {
    return new TimClientOptions().setSdkAppId(SDK_APP_ID).setAdminIdentifier(ADMIN)
        .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl());
  }
}

package io.github.vertxtim.tests.emulator.shared;

import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.impl.account.AccountHandlers;
import io.github.vertxtim.emulator.impl.account.AccountState;
import io.github.vertxtim.emulator.impl.c2c.C2cHandlers;
import io.github.vertxtim.emulator.impl.c2c.C2cState;
import io.github.vertxtim.emulator.impl.group.GroupHandlers;
import io.github.vertxtim.emulator.impl.group.GroupState;
import io.github.vertxtim.emulator.impl.shared.EndpointHandler;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.shared.MessageStore;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registration checks each path against the registry and refuses a second handler; the list is exact. */
class HandlerTableTest {

  private static final EndpointHandler NOTHING = body -> new JsonObject();

  @Test
  void aPathTheRegistryLacksFailsAtOnce() {
    HandlerTable table = new HandlerTable(EndpointRegistry.defaultRegistry());
    assertThatThrownBy(() -> table.handle("openim/no_such_command", NOTHING))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("openim/no_such_command");
    assertThatThrownBy(() -> table.handle("no-slash", NOTHING)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLegacyAliasIsNotAPlaceForAHandler() {
    HandlerTable table = new HandlerTable(EndpointRegistry.defaultRegistry());
    assertThatThrownBy(() -> table.handle("openim/querystate", NOTHING))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("openim/query_online_status");
  }

  @Test
  void aSecondHandlerForOnePathIsRefused() {
    HandlerTable table = new HandlerTable(EndpointRegistry.defaultRegistry());
    new AccountHandlers(new AccountState()).install(table);
    assertThatThrownBy(() -> table.handle("im_open_login_svc/kick", NOTHING))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("im_open_login_svc/kick");
  }

  @Test
  void emulatedEndpointsAreExactlyTheRegisteredHandlers() {
    HandlerTable table = new HandlerTable(EndpointRegistry.defaultRegistry());
    AccountState accounts = new AccountState();
    new AccountHandlers(accounts).install(table);
    new GroupHandlers(new GroupState()).install(table);
    EmulatorClock clock = EmulatorClock.system();
    new C2cHandlers(new C2cState(new MessageStore(clock), clock, 120), accounts, new MessageHooks(), "admin", 300)
        .install(table);
    Set<String> expected = new HashSet<>(table.paths());
    assertThat(TimEmulator.emulatedEndpoints()).isEqualTo(expected).contains(
        "im_open_login_svc/account_import", "openim/query_online_status", "group_open_http_svc/get_appid_group_list");
    expected.forEach(path -> assertThat(table.get(path)).as(path).isNotNull());
    assertThat(table.get("group_search/search")).isNull();
  }

  @Test
  void otherFamiliesAskTheAccountFamilyWhetherAnAccountExists() {
    AccountState accounts = new AccountState();
    HandlerTable table = new HandlerTable(EndpointRegistry.defaultRegistry());
    new AccountHandlers(accounts).install(table);
    table.get("im_open_login_svc/account_import").handle(new JsonObject().put("UserID", "alice"));
    io.github.vertxtim.emulator.impl.shared.Accounts asked = accounts;
    assertThat(asked.exists("alice")).isTrue();
    assertThat(asked.exists("bob")).isFalse();
  }
}

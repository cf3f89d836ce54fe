package io.github.vertxtim.tests.cli;

import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tim endpoints}, {@code --help}, {@code --version} and top-level usage errors. */
class EndpointsAndHelpTest {

  @Test
  void listsOneFamily() {
    Cli.Result r = Cli.run(Map.of(), "endpoints", "--family", "account");

    assertThat(r.exit()).isZero();
    List<String> rows = r.out().lines().filter(l -> l.contains(" account ")).toList();
    assertThat(rows).hasSize(EndpointRegistry.defaultRegistry().family("account").size());
    assertThat(r.out()).containsPattern("im_open_login_svc/multiaccount_import +account +100 +100/s +SAFE")
        .containsPattern("openim/query_online_status +account +500 ");
  }

  @Test
  void listsEverything() {
    Cli.Result r = Cli.run(Map.of(), "endpoints");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains(EndpointRegistry.defaultRegistry().size() + " endpoints");
  }

  @Test
  void showsTypedMethodAndEmulatorCoverage() {
    Cli.Result r = Cli.run(Map.of(), "endpoints", "--family", "account");
    assertThat(r.out()).containsPattern("im_open_login_svc/account_check +account .* SAFE +checkAccounts +yes");

    Cli.Result c2c = Cli.run(Map.of(), "endpoints", "--family", "c2c");
    Endpoint sendmsg = EndpointRegistry.defaultRegistry().get("openim", "sendmsg");
    String typed = sendmsg.typed() ? sendmsg.method() : "-";
    String emulated = TimEmulator.emulatedEndpoints().contains(sendmsg.path()) ? "yes" : "no";
    assertThat(c2c.out()).containsPattern("openim/sendmsg +c2c .* MSG_RANDOM +" + typed + " +" + emulated);
  }

  @Test
  void filtersOnTypedAndEmulated() {
    EndpointRegistry registry = EndpointRegistry.defaultRegistry();
    Set<String> handled = TimEmulator.emulatedEndpoints();
    long typedCount = registry.endpoints().stream().filter(Endpoint::typed).count();
    long emulatedCount = registry.endpoints().stream().filter(e -> handled.contains(e.path())).count();

    Cli.Result typed = Cli.run(Map.of(), "endpoints", "--typed");
    assertThat(typed.exit()).isZero();
    assertThat(typed.out()).contains(typedCount + " endpoints").contains("queryOnlineStatus");
    // an endpoint no family types yet (if any is left) is not listed
    registry.endpoints().stream().filter(e -> !e.typed()).findFirst()
        .ifPresent(untyped -> assertThat(typed.out()).doesNotContain(untyped.path() + " "));

    Cli.Result emulated = Cli.run(Map.of(), "endpoints", "--emulated");
    assertThat(emulated.out()).contains(emulatedCount + " endpoints");
    assertThat(emulated.out().lines().filter(l -> l.endsWith(" no"))).isEmpty();

    Cli.Result missing = Cli.run(Map.of(), "endpoints", "--not-emulated", "--family", "account");
    long accountMissing = registry.family("account").stream().filter(e -> !handled.contains(e.path())).count();
    assertThat(missing.out()).contains(accountMissing + " endpoints");
    assertThat(missing.out().lines().filter(l -> l.endsWith(" yes"))).isEmpty();

    Cli.Result both = Cli.run(Map.of(), "endpoints", "--emulated", "--not-emulated");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("exclude each other");
  }

  @Test
  void unknownFamilyIsUsageError() {
    Cli.Result r = Cli.run(Map.of(), "endpoints", "-f", "nope");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown family 'nope'").contains("account");
  }

  @Test
  void helpAndVersion() {
    Cli.Result help = Cli.run(Map.of(), "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Usage: tim").contains("call").contains("emulator").contains("demo")
        .contains("endpoints").contains("TIM_SECRET_KEY_FILE");

    Cli.Result callHelp = Cli.run(Map.of(), "help", "call");
    assertThat(callHelp.exit()).isZero();
    assertThat(callHelp.out()).contains("SERVICE/COMMAND").contains("@FILE");

    Cli.Result version = Cli.run(Map.of(), "--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("tim ").contains("Vert.x 5.");
  }

  @Test
  void usageErrorsExitTwo() {
    Cli.Result unknown = Cli.run(Map.of(), "--nope");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option: '--nope'");

    Cli.Result none = Cli.run(Map.of());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("missing command").contains("Usage: tim");

    Cli.Result noPath = Cli.run(Map.of(), "call");
    assertThat(noPath.exit()).isEqualTo(2);
    assertThat(noPath.err()).contains("Missing required parameter");
  }
}

package io.github.vertxtim.tests.cli;

import io.github.vertxtim.registry.EndpointRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

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

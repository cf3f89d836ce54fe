package io.github.vertxtim.cli;

import io.github.vertxtim.TimAttempt;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code tim call SERVICE/COMMAND [JSON | @file | -]}: one REST call, the answer as JSON on stdout. */
@Command(name = "call",
    mixinStandardHelpOptions = true,
    description = {
        "Calls one REST endpoint and prints the answer JSON.",
        "Credentials come from the environment (see 'tim --help')."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  tim call im_open_login_svc/account_import '{\"UserID\":\"alice\"}'",
        "  tim call im_open_login_svc/account_check @check.json",
        "  echo '{\"Limit\":10}' | tim call group_open_http_svc/get_appid_group_list -",
        "%nExit codes: 0 ActionStatus OK, 1 FAIL or call failed (ErrorCode on stderr), 2 usage error."})
final class CallCommand implements Callable<Integer> {

  @ParentCommand
  TimCli root;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SERVICE/COMMAND",
      description = "The endpoint, e.g. im_open_login_svc/account_import (a leading /v4/ is accepted).")
  String path;

  @Parameters(index = "1", arity = "0..1", paramLabel = "BODY",
      description = "The request body: a JSON object, @FILE to read it from a file, or - to read stdin. "
          + "Default: {}.")
  String body;

  @Option(names = {"-c", "--compact"}, description = "Print the answer on one line instead of pretty-printed.")
  boolean compact;

  @Mixin
  ClientTuning tuning;

  @Option(names = {"-v", "--verbose"},
      description = "Describe the call on stderr (target, sdkappid, admin, each failed attempt and retry as it "
          + "happens, timing); never the key or usersig.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String[] sc = parsePath(path);
    JsonObject request = JsonBody.read(body, root.stdin());
    Optional<Endpoint> known = EndpointRegistry.defaultRegistry().find(sc[0], sc[1]);
    if (known.isEmpty()) {
      err.println("tim: warning: " + sc[0] + "/" + sc[1] + " is not in the endpoint registry; calling it anyway");
    }
    try (CliSession session = CliSession.open(root, tuning)) {
      if (verbose) {
        err.println("tim: " + session.credentials());
        err.println("tim: POST /v4/" + sc[0] + "/" + sc[1] + known.map(e -> " [family " + e.family() + ", retry "
            + e.retrySafety() + "]").orElse("") + " body " + request.encode().length() + " chars");
        err.flush();
      }
      if (verbose) {
        session.client().attemptHandler(a -> {
          err.println(root.redactor().redact("tim: attempt " + a.attempt() + " failed after " + a.elapsedMillis()
              + " ms: " + Errors.describe(a.failure()) + "; " + nextStep(a)));
          err.flush();
        });
      }
      long start = System.nanoTime();
      JsonObject answer = session.client().call(sc[0], sc[1], request).await();
      if (verbose) {
        err.println("tim: answered in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        err.flush();
      }
      out.println(compact ? answer.encode() : answer.encodePrettily());
      out.flush();
      return "OK".equals(answer.getString("ActionStatus")) ? ExitCodes.OK : ExitCodes.FAILED;
    }
  }

  private static String nextStep(TimAttempt a) {
    return switch (a.next()) {
      case RENEW_USERSIG -> "renewing the usersig and trying again";
      case BACKUP_DOMAIN -> "trying the region's backup domain";
      case RETRY -> "retrying in " + a.delayMillis() + " ms";
      case FAIL -> "giving up";
    };
  }

  /** {@code service/command}, with an optional leading {@code /v4/} or {@code /}. */
  static String[] parsePath(String p) {
    String s = p.trim();
    if (s.startsWith("/")) {
      s = s.substring(1);
    }
    if (s.startsWith("v4/")) {
      s = s.substring(3);
    }
    String[] parts = s.split("/", -1);
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new CliUsageException("expected SERVICE/COMMAND such as im_open_login_svc/account_import, got '" + p + "'");
    }
    return parts;
  }
}

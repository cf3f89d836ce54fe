package io.github.vertxtim.cli;

import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code tim endpoints [--family F] [--batchable] [--typed] [--emulated | --not-emulated]}: the registry as a table. */
@Command(name = "endpoints",
    mixinStandardHelpOptions = true,
    description = {"Lists the endpoints the client and emulator know.",
        "Columns: path, family, items per request, default rate, retry safety, typed method, emulated."})
final class EndpointsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"-f", "--family"}, paramLabel = "F", description = "Only this family (account, group, c2c, ...).")
  String family;

  @Option(names = "--batchable",
      description = "Only endpoints whose requests carry an item list of more than one item: what 'tim bulk' runs on.")
  boolean batchable;

  @Option(names = "--typed", description = "Only endpoints with a typed method (client.accounts().checkAccounts(...)).")
  boolean typed;

  @Option(names = "--emulated", description = "Only endpoints the emulator ('tim emulator') answers.")
  boolean emulated;

  @Option(names = "--not-emulated", description = "Only endpoints the emulator does not answer yet.")
  boolean notEmulated;

  @Override
  public Integer call() {
    EndpointRegistry registry = EndpointRegistry.defaultRegistry();
    TreeSet<String> families = new TreeSet<>();
    registry.endpoints().forEach(e -> families.add(e.family()));
    List<Endpoint> list;
    if (family == null) {
      list = new ArrayList<>(registry.endpoints());
    } else {
      String f = family.trim().toLowerCase(Locale.ROOT);
      if (!families.contains(f)) {
        throw new ParameterException(spec.commandLine(), "unknown family '" + family + "'; known: "
            + String.join(", ", families));
      }
      list = registry.family(f);
    }
    if (emulated && notEmulated) {
      throw new ParameterException(spec.commandLine(), "--emulated and --not-emulated exclude each other");
    }
    Set<String> handled = TimEmulator.emulatedEndpoints();
    list = list.stream()
        .filter(e -> !batchable || e.batchable())
        .filter(e -> !typed || e.typed())
        .filter(e -> !emulated || handled.contains(e.path()))
        .filter(e -> !notEmulated || !handled.contains(e.path()))
        .toList();
    int width = "SERVICE/COMMAND".length();
    for (Endpoint e : list) {
      width = Math.max(width, e.path().length());
    }
    PrintWriter out = spec.commandLine().getOut();
    int methodWidth = "TYPED".length();
    for (Endpoint e : list) {
      methodWidth = Math.max(methodWidth, e.typed() ? e.method().length() : 1);
    }
    String format = "%-" + width + "s  %-16s %9s %12s  %-10s  %-" + methodWidth + "s  %s%n";
    out.printf(Locale.ROOT, format, "SERVICE/COMMAND", "FAMILY", "MAX ITEMS", "RATE", "RETRY", "TYPED", "EMULATED");
    for (Endpoint e : list) {
      String items = e.maxItems() == 0 ? "-" : e.maxItems() + (e.itemsVerified() ? "" : "*");
      String rate = e.rateText() + (e.rateVerified() ? "" : "*");
      out.printf(Locale.ROOT, format, e.path(), e.family(), items, rate, e.retrySafety(),
          e.typed() ? e.method() : "-", handled.contains(e.path()) ? "yes" : "no");
    }
    out.printf(Locale.ROOT, "%d endpoints%n", list.size());
    out.println("* not confirmed by a source (an inferred cap, or the general 200/s default)");
    out.println("RETRY: SAFE may be repeated; MSG_RANDOM is de-duplicated on MsgRandom; UNSAFE is never repeated "
        + "after an unknown outcome");
    out.println("TYPED: the method of the family interface (client.accounts(), client.groups(), ...); '-' means "
        + "'tim call' or TimApi.call only");
    out.flush();
    return ExitCodes.OK;
  }
}

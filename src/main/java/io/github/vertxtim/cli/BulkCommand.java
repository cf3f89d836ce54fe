package io.github.vertxtim.cli;

import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code tim bulk SERVICE/COMMAND FILE}: a bulk job on any batchable endpoint, one item per line of FILE. */
@Command(name = "bulk",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Runs a bulk job from a JSON lines file on a batchable endpoint.",
        "FILE holds one item per line, as the endpoint's item list holds it: a string (\"alice\") or an object "
            + "({\"UserID\":\"alice\"}). The items are cut into requests at the endpoint's limit, paced under its "
            + "quota, retried when safe, and each given an outcome; the other fields of the requests come from "
            + "--template. 'tim endpoints --batchable' lists the endpoints this runs on.",
        "A malformed line is not sent: it counts as a failed item. Every item that does not end OK goes to the "
            + "failed file as its original line, ready to be fed back in.",
        "Credentials come from the environment (see 'tim --help')."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  tim bulk openim/query_online_status users.jsonl       # \"alice\"",
        "  tim bulk im_open_login_svc/account_delete gone.jsonl  # {\"UserID\":\"alice\"}",
        "  tim bulk openim/batchsendmsg to.jsonl --template @msg.json",
        "      (msg.json: {\"From_Account\":\"admin\",\"MsgBody\":[...]})",
        "%nExit codes: 0 every item OK, 1 some failed or were cancelled, 2 usage error.",
        "An endpoint that is not batchable is a usage error."})
final class BulkCommand implements Callable<Integer> {

  @ParentCommand
  TimCli root;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SERVICE/COMMAND",
      description = "A batchable endpoint, e.g. openim/query_online_status.")
  String path;

  @Parameters(index = "1", paramLabel = "FILE", description = "The items, JSON lines.")
  Path file;

  @Option(names = "--template", paramLabel = "JSON",
      description = "The request's other fields: a JSON object, @FILE, or - for stdin. Default: {}.")
  String template;

  @Option(names = "--chunk", paramLabel = "N",
      description = "Items per request, 1 up to the endpoint's limit (default: the limit).")
  Integer chunk;

  @Mixin
  JobOptions job;

  @Override
  public Integer call() {
    String[] sc = CallCommand.parsePath(path);
    Endpoint endpoint = batchable(sc[0], sc[1]);
    BulkOptions options = new BulkOptions();
    if (template != null) {
      JsonObject t;
      try {
        t = JsonBody.read(template, root.stdin());
      } catch (CliUsageException e) {
        throw new CliUsageException("--template: " + e.getMessage());
      }
      if (t.containsKey(endpoint.itemsField())) {
        throw new ParameterException(spec.commandLine(), "--template must not hold " + endpoint.itemsField()
            + ": that is the item list, filled from FILE");
      }
      options.setTemplate(t);
    }
    if (chunk != null) {
      if (chunk < 1 || chunk > endpoint.maxItems()) {
        throw new ParameterException(spec.commandLine(), "--chunk must be between 1 and " + endpoint.maxItems()
            + " (the limit of " + endpoint.path() + "), got " + chunk);
      }
      options.setChunkSize(chunk);
    }
    return new FileJob(root, spec, job).run(sc[0], sc[1], file, new JsonItems(), options,
        endpoint.itemsField() + " items");
  }

  /** The registry's endpoint, when it takes an item list a job can split; otherwise a usage error. */
  private Endpoint batchable(String service, String command) {
    EndpointRegistry registry = EndpointRegistry.defaultRegistry();
    Optional<Endpoint> found = registry.find(service, command);
    if (found.isEmpty()) {
      throw new ParameterException(spec.commandLine(), service + "/" + command + " is not in the endpoint registry;"
          + " 'tim endpoints --batchable' lists the endpoints 'tim bulk' can run");
    }
    Endpoint e = found.get();
    if (!e.batchable()) {
      String sameFamily = registry.family(e.family()).stream().filter(Endpoint::batchable).map(Endpoint::path)
          .collect(Collectors.joining(", "));
      throw new ParameterException(spec.commandLine(), e.path() + " is not batchable: the registry gives it no item"
          + " list of more than one item per request" + (e.maxItems() > 0 ? " (max items " + e.maxItems() + ")" : "")
          + ", so there is nothing to split. Use 'tim call' for single requests. "
          + (sameFamily.isEmpty() ? "" : "Batchable endpoints of family " + e.family() + ": " + sameFamily + ". ")
          + "'tim endpoints --batchable' lists all of them.");
    }
    return e;
  }
}

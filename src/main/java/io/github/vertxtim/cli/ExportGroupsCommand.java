package io.github.vertxtim.cli;

import io.github.vertxtim.TimException;
import io.github.vertxtim.bulk.BulkSources;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.streams.WriteStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code tim export-groups}: every group of the app as JSON lines, paging through get_appid_group_list. The next
 * page is fetched only as fast as the output takes the lines (pipeTo).
 */
@Command(name = "export-groups",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Writes the app's groups as JSON lines, one {\"GroupId\":...} per line, paging through get_appid_group_list.",
        "The count goes to stderr at the end. Credentials come from the environment (see 'tim --help')."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  tim export-groups > groups.jsonl",
        "  tim export-groups --type Public --out public.jsonl",
        "%nExit codes: 0 every page read, 1 a call failed (the lines before it are written), 2 usage error."})
final class ExportGroupsCommand implements Callable<Integer> {

  static final List<String> TYPES = List.of("Private", "Public", "ChatRoom", "AVChatRoom", "Community");
  static final int MAX_LIMIT = 10_000;

  @ParentCommand
  TimCli root;

  @Spec
  CommandSpec spec;

  @Option(names = "--type", paramLabel = "T", description = "Only groups of this type: " + "Private, Public, ChatRoom,"
      + " AVChatRoom or Community.")
  String type;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
      description = "Groups per page, 1.." + MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin
  ClientTuning tuning;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "-",
      description = "Where to write the lines; - for stdout (default: ${DEFAULT-VALUE}). An existing file is replaced.")
  String out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JsonObject request = new JsonObject().put("Limit", checkedLimit());
    if (type != null) {
      request.put("GroupType", checkedType());
    }
    if (!out.equals("-")) {
      Path dir = Path.of(out).toAbsolutePath().getParent();
      if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
        throw new CliUsageException("cannot write " + out + ": its directory does not exist or is not writable");
      }
    }
    try (CliSession session = CliSession.open(root, tuning)) {
      Vertx vertx = session.vertx();
      AtomicLong count = new AtomicLong();
      long start = System.nanoTime();
      Promise<Void> done = Promise.promise();
      vertx.getOrCreateContext().runOnContext(v -> output(vertx, stdout).compose(ws -> {
        ReadStream<JsonObject> groups = session.client().pages("group_open_http_svc", "get_appid_group_list", request);
        ReadStream<Buffer> lines = BulkSources.map(groups, g -> {
          count.incrementAndGet();
          return Buffer.buffer(g.encode()).appendString("\n");
        });
        return lines.pipeTo(ws);
      }).onComplete(done));
      try {
        done.future().await();
      } catch (RuntimeException e) {
        TimException te = Errors.timException(e);
        err.println(root.redactor().redact("tim: export failed after " + count.get() + " groups: "
            + (te != null ? Errors.describe(te) : String.valueOf(e.getMessage()))));
        err.flush();
        return ExitCodes.FAILED;
      }
      err.printf(Locale.ROOT, "tim: %d groups exported to %s in %d ms%n", count.get(),
          out.equals("-") ? "stdout" : out, (System.nanoTime() - start) / 1_000_000);
      err.flush();
      return ExitCodes.OK;
    }
  }

  /** stdout, or the file, created or truncated. */
  private Future<WriteStream<Buffer>> output(Vertx vertx, PrintWriter stdout) {
    if (out.equals("-")) {
      return Future.succeededFuture(new WriterStream(stdout));
    }
    return vertx.fileSystem().open(out, new OpenOptions().setWrite(true).setCreate(true).setTruncateExisting(true))
        .map(f -> f);
  }

  private int checkedLimit() {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ParameterException(spec.commandLine(), "--limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    return limit;
  }

  private String checkedType() {
    return TYPES.stream().filter(t -> t.equalsIgnoreCase(type.trim())).findFirst().orElseThrow(() ->
        new ParameterException(spec.commandLine(), "unknown --type '" + type + "'; one of " + String.join(", ", TYPES)));
  }
}

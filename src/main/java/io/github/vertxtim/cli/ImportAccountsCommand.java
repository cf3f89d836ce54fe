package io.github.vertxtim.cli;

import io.github.vertxtim.bulk.BulkOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code tim import-accounts FILE}: imports accounts from CSV or JSON lines with multiaccount_import. */
@Command(name = "import-accounts",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Imports accounts from a CSV or JSON lines file with multiaccount_import.",
        "FILE is CSV 'UserID,Nick,FaceUrl' (header line optional; Nick and FaceUrl optional; double-quoted fields "
            + "with commas and \"\" escapes), or JSON lines {\"UserID\":..,\"Nick\":..,\"FaceUrl\":..}. Requests "
            + "carry 100 accounts and are paced under the endpoint's quota.",
        "A malformed line is not sent: it counts as a failed item. Every item that does not end OK goes to the "
            + "failed file as its original line, ready to be fed back in.",
        "Credentials come from the environment (see 'tim --help')."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  tim import-accounts users.csv",
        "  tim import-accounts users.jsonl --rate 100 --failed retry.jsonl",
        "  tim import-accounts users.csv.failed.csv    # after fixing it",
        "%nExit codes: 0 every item OK, 1 some failed or were cancelled, 2 usage error."})
final class ImportAccountsCommand implements Callable<Integer> {

  static final String SERVICE = "im_open_login_svc";
  static final String COMMAND = "multiaccount_import";

  @ParentCommand
  TimCli root;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The accounts: .csv, or .jsonl / .json (JSON lines).")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "csv or jsonl; default: from FILE's extension (.csv; .jsonl, .ndjson or .json).")
  String format;

  @Mixin
  JobOptions job;

  @Override
  public Integer call() {
    String f = format != null ? format.trim().toLowerCase(Locale.ROOT) : AccountLines.guessFormat(file);
    if (f == null) {
      throw new ParameterException(spec.commandLine(), "cannot tell the format of " + file
          + " from its extension; name it .csv or .jsonl, or pass --format csv|jsonl");
    }
    if (f.equals("json") || f.equals("ndjson")) {
      f = AccountLines.JSONL;
    }
    if (!f.equals(AccountLines.CSV) && !f.equals(AccountLines.JSONL)) {
      throw new ParameterException(spec.commandLine(), "--format must be csv or jsonl, got '" + format + "'");
    }
    return new FileJob(root, spec, job).run(SERVICE, COMMAND, file, AccountLines.parser(f), new BulkOptions(),
        "accounts");
  }
}

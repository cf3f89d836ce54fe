package io.github.vertxtim.cli;

import io.github.vertxtim.TimException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * {@code tim}: the command line of vertx-tim-client. Credentials come from the environment only
 * ({@link EnvCredentials}); the environment, stdin, stdout and stderr are injected so tests run it in-process.
 *
 * <p>Exit codes: {@link ExitCodes#OK 0}, {@link ExitCodes#FAILED 1} (the service answered FAIL or a call failed),
 * {@link ExitCodes#USAGE 2} (usage errors).
 */
@Command(name = "tim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Command line client and local emulator for the Tencent Cloud Chat (TIM) server REST API.",
    subcommands = {CallCommand.class, EmulatorCommand.class, DemoCommand.class, EndpointsCommand.class,
        ImportAccountsCommand.class, BulkCommand.class, ExportGroupsCommand.class, BenchCommand.class, ServeCommand.class,
        CallbacksCommand.class,
        CommandLine.HelpCommand.class},
    footerHeading = "%n",
    footer = {
        "Quick start: tim demo",
        "",
        "Credentials come from the environment only:",
        "  TIM_SDKAPPID                         the app's SDKAppID (required)",
        "  TIM_SECRET_KEY | TIM_SECRET_KEY_FILE the secret key, or a file holding it",
        "  TIM_ADMIN                            admin identifier (default administrator)",
        "  TIM_REGION | TIM_ENDPOINT            region name (default CHINA) or base URL",
        "  TIM_TIMEOUT_MILLIS, TIM_POOL_SIZE    optional client tuning (--timeout-ms, --pool-size win)",
        "  TIM_INSECURE_PLAINTEXT_HTTP=true     allow plain http to a non-loopback TIM_ENDPOINT",
        "  TIM_CALLBACK_TOKEN | _FILE           the callback token (tim callbacks)",
        "",
        "Exit codes: 0 OK, 1 the service answered FAIL or a call failed, 2 usage error;",
        "130 after Ctrl-C, 143 after SIGTERM."})
public final class TimCli implements Callable<Integer> {

  private final Map<String, String> env;
  private final InputStream stdin;
  private final boolean terminal;
  private final Redactor redactor = new Redactor();
  private final CompletableFuture<Void> stopSignal = new CompletableFuture<>();

  @Spec
  CommandSpec spec;

  /** A command line whose {@code --progress auto} draws a bar when the JVM has a console ({@code System.console()}). */
  public TimCli(Map<String, String> env, InputStream stdin) {
    this(env, stdin, System.console() != null);
  }

  /**
   * @param terminal whether output goes to a terminal: {@code --progress auto} of the bulk commands then redraws a
   *                 progress bar, otherwise it prints plain progress lines
   */
  public TimCli(Map<String, String> env, InputStream stdin, boolean terminal) {
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.terminal = terminal;
  }

  public static void main(String[] args) {
    // Keep library and Vert.x logging out of the CLI's output unless asked for.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = new TimCli(System.getenv(), System.in).commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** A configured command line writing to {@code out} and {@code err}; call {@code execute(args)} on it. */
  public CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(this);
    cl.setOut(out);
    cl.setErr(err);
    // "@file" is the call command's body syntax: picocli must not expand it as an argument file.
    cl.setExpandAtFiles(false);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(TimCli::handleParameterException);
    cl.setExecutionExceptionHandler(this::handleExecutionException);
    return cl;
  }

  /** Without a subcommand: the usage on stderr, exit 2. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("tim: missing command");
    spec.commandLine().usage(err);
    return ExitCodes.USAGE;
  }

  /**
   * What Ctrl-C / SIGTERM does in a real process, for tests: ends a running {@code tim emulator}, or cancels a running
   * {@code tim import-accounts} / {@code tim bulk} job (which still prints its summary).
   */
  public void stop() {
    stopSignal.complete(null);
  }

  Map<String, String> env() {
    return env;
  }

  InputStream stdin() {
    return stdin;
  }

  boolean terminal() {
    return terminal;
  }

  Redactor redactor() {
    return redactor;
  }

  CompletableFuture<Void> stopSignal() {
    return stopSignal;
  }

  private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("tim: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }

  private int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    int code;
    if (ex instanceof CliUsageException) {
      err.println("tim: " + redactor.redact(ex.getMessage()));
      code = ExitCodes.USAGE;
    } else {
      TimException te = Errors.timException(ex);
      if (te != null) {
        err.println(redactor.redact(Errors.describe(te)));
      } else {
        err.println("tim: " + redactor.redact(ex instanceof IllegalStateException && ex.getMessage() != null
            ? ex.getMessage() : String.valueOf(ex)));
      }
      code = ExitCodes.FAILED;
    }
    err.flush();
    return code;
  }
}

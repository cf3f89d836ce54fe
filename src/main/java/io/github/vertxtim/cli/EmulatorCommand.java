package io.github.vertxtim.cli;

import io.github.vertxtim.emulator.EmulatorCallbackOptions;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.EmulatorFeature;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Vertx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code tim emulator}: serves a local TIM stand-in until Ctrl-C / SIGTERM. */
@Command(name = "emulator",
    mixinStandardHelpOptions = true,
    description = {
        "Runs a local TIM emulator until stopped with Ctrl-C.",
        "The emulator keeps its state in memory and speaks the service's wire protocol.",
        "Prints 'TIM emulator listening on http://HOST:PORT' and, unless --secret-key-file is given, a throwaway",
        "key with the export line that points 'tim call' at the emulator."},
    sortOptions = false)
final class EmulatorCommand implements java.util.concurrent.Callable<Integer> {

  @ParentCommand
  TimCli root;

  @Spec
  CommandSpec spec;

  @Option(names = "--host", defaultValue = TimEmulatorOptions.DEFAULT_HOST,
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "0", description = "Port to bind; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--sdkappid", defaultValue = "" + TimEmulatorOptions.DEFAULT_SDK_APP_ID,
      description = "The app's SDKAppID (default: ${DEFAULT-VALUE}).")
  long sdkAppId;

  @Option(names = "--admin", defaultValue = TimEmulatorOptions.DEFAULT_ADMIN_IDENTIFIER, paramLabel = "ID",
      description = "The app admin identifier (default: ${DEFAULT-VALUE}).")
  String admin;

  @Option(names = "--secret-key-file", paramLabel = "FILE",
      description = "Verify usersigs with the key in FILE (trimmed) instead of a generated throwaway key.")
  Path secretKeyFile;

  @Option(names = "--latency-ms", defaultValue = "0", paramLabel = "MS",
      description = "Added latency of every answer (default: ${DEFAULT-VALUE}).")
  int latencyMillis;

  @Option(names = "--reset", defaultValue = "0", paramLabel = "R",
      description = "Share 0..1 of requests whose connection is reset without an answer.")
  double resetRatio;

  @Option(names = "--fail-502", defaultValue = "0", paramLabel = "R",
      description = "Share 0..1 of requests answered with HTTP 502.")
  double fail502Ratio;

  @Option(names = "--throttle", defaultValue = "0", paramLabel = "R",
      description = "Share 0..1 of requests answered with ErrorCode 60007.")
  double throttleRatio;

  @Option(names = "--slow", defaultValue = "0", paramLabel = "R",
      description = "Share 0..1 of requests that take effect but answer slowly (over --slow-ms).")
  double slowRatio;

  @Option(names = "--slow-ms", defaultValue = "" + EmulatorFaults.DEFAULT_SLOW_MILLIS, paramLabel = "MS",
      description = "How long a slow answer trickles (default: ${DEFAULT-VALUE}).")
  int slowMillis;

  @Option(names = "--no-rate-limit", description = "Do not enforce the per-endpoint call-frequency limits (60007).")
  boolean noRateLimit;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed of the fault draws, so a run with faults can be repeated exactly (default: random).")
  Long seed;

  @Option(names = "--accounts", paramLabel = "N", defaultValue = "0",
      description = "Start with N imported accounts, user000001 .. userN (default: ${DEFAULT-VALUE}).")
  int accounts;

  @Option(names = "--groups", paramLabel = "N[:TYPE]",
      description = "Start with N groups of TYPE (Private, Public, ChatRoom, AVChatRoom, Community; default Public), "
          + "e.g. --groups 2500:Public; repeatable.")
  List<String> groups = new ArrayList<>();

  @Option(names = "--disable", split = ",", paramLabel = "FEATURE",
      description = "Switch off console features, as for an app that has not bought them; their endpoints then "
          + "answer the documented 'not enabled' code. Any of: ${COMPLETION-CANDIDATES}.")
  List<EmulatorFeature> disabled = new ArrayList<>();

  @Option(names = "--profile-custom-fields", split = ",", paramLabel = "NAME",
      description = "Declare the app's custom profile fields, as the console does (Hobby or Tag_Profile_Custom_Hobby);"
          + " the others then answer 40009. Default: none declared, any is accepted.")
  List<String> profileCustomFields = new ArrayList<>();

  @Option(names = "--limit", paramLabel = "NAME=VALUE",
      description = "Override a per-app or per-edition limit (see docs/emulator.md, 'Features and limits').")
  Map<EmulatorLimit, Long> limits = new LinkedHashMap<>();

  @Option(names = "--callback-url", paramLabel = "URL",
      description = "Call the app's backend at URL the way Tencent does (before- and after-callbacks; "
          + "docs/emulator.md, 'Callbacks'). Default: no callbacks.")
  String callbackUrl;

  @Option(names = "--callback-token-file", paramLabel = "FILE",
      description = "Sign the callbacks (Sign, RequestTime) with the token in FILE (trimmed). Default: unsigned.")
  Path callbackTokenFile;

  @Option(names = "--callback-commands", split = ",", paramLabel = "COMMAND",
      description = "Send only these callback commands, e.g. C2C.CallbackBeforeSendMsg (default: all).")
  List<String> callbackCommands = new ArrayList<>();

  @Option(names = "--callback-timeout-policy", paramLabel = "POLICY",
      description = "What a before-callback without a usable answer decides: ${COMPLETION-CANDIDATES} "
          + "(default: ALLOW, Tencent's).")
  EmulatorCallbackOptions.TimeoutPolicy callbackTimeoutPolicy = EmulatorCallbackOptions.DEFAULT_TIMEOUT_POLICY;

  @Option(names = "--callback-repeat", paramLabel = "N",
      description = "Send every after-callback N times, 1..10, to test a receiver's de-duplication (default: 1).")
  int callbackRepeat = EmulatorCallbackOptions.DEFAULT_REPEAT;

  @Option(names = "--callback-retry",
      description = "Send a failed or late after-callback once more (the console's 'retry on timeout').")
  boolean callbackRetry;

  @Override
  public Integer call() throws InterruptedException {
    TimEmulatorOptions options = options();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();

    Vertx vertx = Vertx.vertx();
    TimEmulator emulator = TimEmulator.create(vertx, options);
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      root.stop();
      try {
        closed.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "tim-emulator-shutdown");
    try {
      try {
        emulator.start().await();
      } catch (Exception e) {
        // Future.await() rethrows the failure as is, checked ones (java.net.BindException) included.
        throw new IllegalStateException("cannot start the emulator on " + host + ":" + port + ": " + e, e);
      }
      Runtime.getRuntime().addShutdownHook(hook);

      String seeded = seed(emulator);
      out.println("TIM emulator listening on " + emulator.baseUrl());
      String clientHost = isWildcard(host) ? "127.0.0.1" : host;
      String endpoint = "http://" + (clientHost.contains(":") ? "[" + clientHost + "]" : clientHost) + ":" + emulator.port();
      if (secretKeyFile == null) {
        // The generated key is a throwaway test key that only this emulator process knows; printing it is the point:
        // it is what a user exports to point 'tim call' (or any client) at the emulator.
        out.println("# throwaway key generated for this emulator run; to use it from another shell:");
        out.println("export TIM_ENDPOINT=" + endpoint + " TIM_SDKAPPID=" + options.getSdkAppId()
            + " TIM_ADMIN=" + options.getAdminIdentifier() + " TIM_SECRET_KEY=" + options.getSecretKey());
      } else {
        err.println("tim: clients need: export TIM_ENDPOINT=" + endpoint + " TIM_SDKAPPID=" + options.getSdkAppId()
            + " TIM_ADMIN=" + options.getAdminIdentifier() + " TIM_SECRET_KEY_FILE="
            + secretKeyFile.toAbsolutePath().normalize());
      }
      out.flush();
      err.println("tim: rate limits " + (noRateLimit ? "off" : "on") + ", faults " + describeFaults(options.getFaults())
          + (disabled.isEmpty() ? "" : ", features off " + options.getDisabledFeatures()) + seeded
          + (options.getCallbacks().isEnabled() ? ", callbacks to " + options.getCallbacks().getUrl()
              + (options.getCallbacks().getToken() == null ? " (unsigned)" : " (signed)") : "")
          + "; Ctrl-C to stop");
      err.flush();

      root.stopSignal().join();
      err.println("tim: stopping the emulator (" + emulator.stats().requests() + " requests served)");
      err.flush();
      return ExitCodes.OK;
    } finally {
      try {
        emulator.close().await();
      } catch (RuntimeException ignored) {
        // closing Vert.x below releases the server anyway
      }
      vertx.close().await();
      closed.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException | IllegalArgumentException ignored) {
        // the JVM is shutting down (the hook is running), or the hook was never added
      }
    }
  }

  private TimEmulatorOptions options() {
    EmulatorFaults faults;
    try {
      faults = new EmulatorFaults(latencyMillis, resetRatio, fail502Ratio, throttleRatio, slowRatio, slowMillis);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "invalid fault settings: " + optionNames(e.getMessage()));
    }
    TimEmulatorOptions options = new TimEmulatorOptions();
    try {
      options.setHost(host).setPort(port).setSdkAppId(sdkAppId).setAdminIdentifier(admin)
          .setRateLimitEnabled(!noRateLimit).setFaults(faults);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    disabled.forEach(f -> options.setFeatureEnabled(f, false));
    if (seed != null) {
      options.setRandomSeed(seed);
    }
    if (accounts < 0) {
      throw new ParameterException(spec.commandLine(), "--accounts must be >= 0, got " + accounts);
    }
    groups.forEach(this::groupSpec);
    try {
      limits.forEach(options::setLimit);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--limit: " + e.getMessage());
    }
    try {
      if (!profileCustomFields.isEmpty()) {
        options.setProfileCustomFields(profileCustomFields);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--profile-custom-fields: " + e.getMessage());
    }
    if (secretKeyFile != null) {
      options.setSecretKey(readKey(secretKeyFile));
    }
    options.setCallbacks(callbackOptions());
    return options;
  }

  private EmulatorCallbackOptions callbackOptions() {
    EmulatorCallbackOptions callbacks = new EmulatorCallbackOptions();
    if (callbackUrl == null) {
      if (callbackTokenFile != null || !callbackCommands.isEmpty()) {
        throw new ParameterException(spec.commandLine(),
            "--callback-token-file and --callback-commands need --callback-url");
      }
      return callbacks;
    }
    callbackOption("--callback-url", () -> callbacks.setUrl(callbackUrl));
    callbackOption("--callback-commands", () -> callbacks.setCommands(callbackCommands));
    callbackOption("--callback-repeat", () -> callbacks.setRepeat(callbackRepeat));
    callbacks.setTimeoutPolicy(callbackTimeoutPolicy).setRetryOnTimeout(callbackRetry);
    if (callbackTokenFile != null) {
      callbacks.setToken(readFile("--callback-token-file", callbackTokenFile));
    }
    return callbacks;
  }

  /** The data asked for with --accounts and --groups; a description for the start line ("" when none). */
  private String seed(TimEmulator emulator) {
    for (int i = 1; i <= accounts; i++) {
      emulator.state().addAccount(String.format(Locale.ROOT, "user%06d", i));
    }
    int groupCount = 0;
    for (String g : groups) {
      GroupSpec spec = groupSpec(g);
      emulator.state().addGroups(spec.count(), spec.type());
      groupCount += spec.count();
    }
    if (accounts == 0 && groupCount == 0) {
      return "";
    }
    return ", seeded with " + accounts + " accounts and " + groupCount + " groups";
  }

  private record GroupSpec(int count, String type) {
  }

  private static final List<String> GROUP_TYPES = List.of("Private", "Public", "ChatRoom", "AVChatRoom", "Community");

  private GroupSpec groupSpec(String text) {
    String[] parts = text.split(":", 2);
    int count;
    try {
      count = Integer.parseInt(parts[0].trim());
    } catch (NumberFormatException e) {
      count = -1;
    }
    if (count < 0) {
      throw new ParameterException(spec.commandLine(), "--groups must be N or N:TYPE, e.g. 100:Public; got '"
          + text + "'");
    }
    String type = parts.length == 1 ? "Public" : GROUP_TYPES.stream()
        .filter(t -> t.equalsIgnoreCase(parts[1].trim())).findFirst().orElseThrow(() ->
            new ParameterException(spec.commandLine(), "--groups: unknown type '" + parts[1] + "'; one of "
                + String.join(", ", GROUP_TYPES)));
    return new GroupSpec(count, type);
  }

  /** EmulatorFaults names its fields; say which option that is. */
  private static String optionNames(String message) {
    return message.replace("latencyMillis", "--latency-ms").replace("resetRatio", "--reset")
        .replace("fail502Ratio", "--fail-502").replace("throttleRatio", "--throttle")
        .replace("slowRatio", "--slow").replace("slowMillis", "--slow-ms")
        .replace("fault ratios add up", "--reset + --fail-502 + --throttle + --slow add up");
  }

  private String readKey(Path file) {
    return readFile("--secret-key-file", file);
  }

  private void callbackOption(String option, Runnable set) {
    try {
      set.run();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }

  /** The trimmed content of a secret's file; a usage error (without the content) when unreadable or empty. */
  private String readFile(String option, Path file) {
    String key;
    try {
      key = Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException | RuntimeException e) {
      throw new ParameterException(spec.commandLine(),
          option + ": cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
    }
    if (key.isEmpty()) {
      throw new ParameterException(spec.commandLine(), option + ": " + file + " is empty");
    }
    return key;
  }

  private static boolean isWildcard(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
  }

  private static String describeFaults(EmulatorFaults f) {
    if (f.equals(EmulatorFaults.NONE)) {
      return "none";
    }
    return "latency " + f.latencyMillis() + " ms, reset " + f.resetRatio() + ", 502 " + f.fail502Ratio()
        + ", throttle " + f.throttleRatio() + ", slow " + f.slowRatio() + " (" + f.slowMillis() + " ms)";
  }
}

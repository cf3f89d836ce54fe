package io.github.vertxtim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code tim callbacks}: a receiver to watch an app's callbacks, and a sender to try an endpoint. */
@Command(name = "callbacks",
    mixinStandardHelpOptions = true,
    description = {
        "Tencent Chat callbacks (webhooks): 'listen' runs a verifying receiver that prints each event,",
        "'send' signs and sends one callback to a URL and prints the answer.",
        "TIM_SDKAPPID and TIM_CALLBACK_TOKEN (or TIM_CALLBACK_TOKEN_FILE) come from the environment."},
    subcommands = {CallbacksListenCommand.class, CallbacksSendCommand.class})
final class CallbacksCommand implements Callable<Integer> {

  /** The {@code tim} command this one runs under. */
  @ParentCommand
  TimCli root;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("tim callbacks: missing subcommand (listen or send)");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}

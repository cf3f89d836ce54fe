package io.github.vertxtim.tests.cli;

import io.github.vertxtim.cli.TimCli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs {@code tim} in-process through picocli with an injected environment, stdin and captured stdout / stderr. */
final class Cli {

  /** What one run produced. */
  record Result(int exit, String out, String err) {
    String all() {
      return out + "\n" + err;
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
    }
  }

  private Cli() {
  }

  static Result run(Map<String, String> env, String... args) {
    return runWithStdin(env, "", args);
  }

  static Result runWithStdin(Map<String, String> env, String stdin, String... args) {
    TimCli cli = new TimCli(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}

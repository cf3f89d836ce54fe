package io.github.vertxtim.cli;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The request body of {@code tim call}: a JSON literal, {@code @file}, {@code -} (stdin), or nothing ({@code {}}). */
final class JsonBody {

  private JsonBody() {
  }

  static JsonObject read(String arg, InputStream stdin) {
    if (arg == null) {
      return new JsonObject();
    }
    String text;
    String from;
    if (arg.equals("-")) {
      from = "stdin";
      try {
        text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CliUsageException("cannot read the body from stdin: " + e.getMessage());
      }
    } else if (arg.startsWith("@")) {
      String file = arg.substring(1);
      if (file.isEmpty()) {
        throw new CliUsageException("'@' must be followed by a file name, e.g. @body.json");
      }
      from = file;
      try {
        text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        throw new CliUsageException("cannot read the body file " + file + " (" + e.getClass().getSimpleName() + ")");
      }
    } else {
      from = "the argument";
      text = arg;
    }
    return parse(text, from);
  }

  static JsonObject parse(String text, String from) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw new CliUsageException("invalid JSON body from " + from + ": it is empty (pass {} for an empty body)");
    }
    if (!t.startsWith("{")) {
      throw new CliUsageException("invalid JSON body from " + from + ": a request body must be a JSON object {...}");
    }
    try {
      return new JsonObject(t);
    } catch (DecodeException e) {
      throw new CliUsageException("invalid JSON body from " + from + ": " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "parse error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}

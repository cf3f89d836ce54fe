package io.github.vertxtim.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every callback command Tencent Chat sends, read once from {@code callbacks.tsv} beside this class: the
 * receiver, the emulator's sender and the CLI read the facts of a command from here and nowhere else.
 */
public final class CallbackRegistry {

  private static final String RESOURCE = "callbacks.tsv";
  private static final CallbackRegistry DEFAULT = load();

  private final Map<String, CallbackCommand> byCommand;

  private CallbackRegistry(Map<String, CallbackCommand> byCommand) {
    this.byCommand = Collections.unmodifiableMap(byCommand);
  }

  public static CallbackRegistry defaultRegistry() {
    return DEFAULT;
  }

  public Optional<CallbackCommand> find(String command) {
    return Optional.ofNullable(byCommand.get(command));
  }

  public Collection<CallbackCommand> commands() {
    return byCommand.values();
  }

  private static CallbackRegistry load() {
    InputStream in = CallbackRegistry.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + RESOURCE);
    }
    Map<String, CallbackCommand> rows = new LinkedHashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        CallbackCommand row = parse(line, number);
        if (rows.put(row.command(), row) != null) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": duplicate command " + row.command());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CallbackRegistry(rows);
  }

  private static CallbackCommand parse(String line, int number) {
    String[] f = line.split("\t", -1);
    if (f.length != 8) {
      throw new IllegalStateException(RESOURCE + ":" + number + ": expected 8 columns, got " + f.length);
    }
    int min = 0;
    int max = 0;
    if (!f[4].isEmpty()) {
      String[] range = f[4].split("-");
      min = Integer.parseInt(range[0]);
      max = Integer.parseInt(range[1]);
    }
    List<String> key = f[6].isEmpty() ? List.of() : Arrays.asList(f[6].split(","));
    return new CallbackCommand(f[0], f[1], CallbackDirection.valueOf(f[2]), CallbackDecision.valueOf(f[3]),
        min, max, f[5], key, f[7]);
  }
}

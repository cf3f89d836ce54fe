package io.github.vertxtim.tests.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/cli.md lists exactly the commands {@code tim --help} lists, says how many, and has a section for each. */
class CliDocsTest {

  private static final Map<Integer, String> NUMBERS = Map.of(7, "seven", 8, "eight", 9, "nine", 10, "ten",
      11, "eleven", 12, "twelve");

  @Test
  void theCommandListMatchesTimHelp() throws Exception {
    Cli.Result help = Cli.run(Map.of(), "--help");
    Set<String> fromHelp = new LinkedHashSet<>();
    Matcher m = Pattern.compile("(?m)^Commands:\\s*$([\\s\\S]*?)(?:^\\S|\\z)").matcher(help.out());
    assertThat(m.find()).as(help.out()).isTrue();
    Matcher name = Pattern.compile("(?m)^  (\\S+)").matcher(m.group(1));
    while (name.find()) {
      if (!name.group(1).equals("help")) {
        fromHelp.add(name.group(1));
      }
    }

    String doc = Files.readString(Path.of("docs/cli.md"));
    int listStart = doc.indexOf("It has ");
    String list = doc.substring(listStart, doc.indexOf("\n\n", doc.indexOf("\n* ", listStart)));
    Set<String> fromDoc = new LinkedHashSet<>();
    Matcher item = Pattern.compile("(?m)^\\* `([a-z-]+)`").matcher(list);
    while (item.find()) {
      fromDoc.add(item.group(1));
    }

    assertThat(fromDoc).containsExactlyInAnyOrderElementsOf(fromHelp);
    assertThat(list).startsWith("It has " + NUMBERS.get(fromHelp.size()) + " commands:");
    for (String command : fromHelp) {
      assertThat(doc).as("a section for tim %s", command).contains("### `tim " + command);
    }
  }
}

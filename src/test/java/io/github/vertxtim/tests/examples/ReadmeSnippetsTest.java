package io.github.vertxtim.tests.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code ```java} block of README.md appears, line for line, in {@link ReadmeExamplesTest}, which runs it:
 * a README example cannot drift from code that compiles and works.
 */
class ReadmeSnippetsTest {

  // Maven runs tests in the project's root
  private static final Path README = Path.of("README.md");
  private static final Path EXAMPLES = Path.of("src/test/java/io/github/vertxtim/tests/examples/ReadmeExamplesTest.java");

  @Test
  void everyJavaBlockOfTheReadmeIsInTheExamplesTest() throws IOException {
    List<List<String>> blocks = javaBlocks(Files.readAllLines(README));
    List<String> examples = normalised(Files.readAllLines(EXAMPLES));

    List<String> missing = new ArrayList<>();
    for (List<String> block : blocks) {
      if (Collections.indexOfSubList(examples, block) < 0) {
        missing.add(String.join("\n", block));
      }
    }

    assertThat(blocks).as("java blocks in README.md").isNotEmpty();
    assertThat(missing).as("README java blocks not found line for line in " + EXAMPLES).isEmpty();
  }

  /** The lines of each fenced java block, normalised. */
  static List<List<String>> javaBlocks(List<String> markdown) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = null;
    for (String line : markdown) {
      String fence = line.trim();
      if (current == null && fence.equals("```java")) {
        current = new ArrayList<>();
      } else if (current != null && fence.startsWith("```")) {
        blocks.add(normalised(current));
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return blocks;
  }

  /** Lines trimmed, inner runs of whitespace made one space, blank lines dropped: indentation is not content. */
  static List<String> normalised(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String n = line.trim().replaceAll("\\s+", " ");
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }
}

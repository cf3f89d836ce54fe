package io.github.vertxtim.cli;

/** Turns one non-blank line of a bulk command's input file into the item sent for it. */
interface LineParser {

  /**
   * The item of {@code line} (a String or a JsonObject, as the endpoint's item list holds it), or {@code null} for a
   * line that is not an item (a CSV header).
   *
   * @throws Malformed when the line cannot be an item; the job counts it as failed and goes on
   */
  Object parse(String line);

  /** {@code csv} or {@code jsonl}: the format of the input, and so of the failed file. */
  String format();

  /** A line that cannot be an item, with the reason. */
  final class Malformed extends RuntimeException {

    Malformed(String message) {
      super(message, null, false, false);
    }
  }
}

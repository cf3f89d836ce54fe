package io.github.vertxtim.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV line splitter (RFC 4180 on one line): fields separated by commas; a field may be enclosed in double
 * quotes, inside which a comma is data and {@code ""} is one quote. A quoted field cannot span lines.
 */
final class Csv {

  private Csv() {
  }

  /** The fields of {@code line}. @throws LineParser.Malformed for an unterminated or misplaced quote */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      if (i < n && line.charAt(i) == '"') {
        int start = i;
        i++;
        while (true) {
          if (i >= n) {
            throw new LineParser.Malformed("malformed CSV: the quoted field at column " + (start + 1)
                + " is not closed");
          }
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field.append(c);
          i++;
        }
        if (i < n && line.charAt(i) != ',') {
          throw new LineParser.Malformed("malformed CSV: text after the closing quote at column " + (i + 1));
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          char c = line.charAt(i);
          if (c == '"') {
            throw new LineParser.Malformed("malformed CSV: a quote inside an unquoted field at column " + (i + 1));
          }
          field.append(c);
          i++;
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= n) {
        return fields;
      }
      i++;  // the comma
    }
  }
}

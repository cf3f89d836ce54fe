package io.github.vertxtim.cli;

import io.vertx.core.json.JsonObject;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The lines of {@code tim import-accounts}: CSV {@code UserID,Nick,FaceUrl} (an optional header, Nick and FaceUrl
 * optional) or JSON lines {@code {"UserID":..,"Nick":..,"FaceUrl":..}}, each made into the multiaccount_import item
 * {@code {"UserID","Nick","FaceUrl"}} without the absent fields.
 */
final class AccountLines {

  static final String CSV = "csv";
  static final String JSONL = "jsonl";
  static final String HEADER = "UserID,Nick,FaceUrl";

  private AccountLines() {
  }

  /** {@code csv} for .csv, {@code jsonl} for .jsonl, .ndjson and .json; otherwise null. */
  static String guessFormat(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSONL;
    }
    return null;
  }

  static LineParser parser(String format) {
    return CSV.equals(format) ? new CsvAccounts() : new JsonAccounts();
  }

  private static JsonObject account(Object userId, Object nick, Object faceUrl) {
    if (userId == null) {
      throw new LineParser.Malformed("missing UserID");
    }
    if (!(userId instanceof String id) || id.isEmpty()) {
      throw new LineParser.Malformed("UserID must be a non-empty string");
    }
    JsonObject account = new JsonObject().put("UserID", id);
    optional(account, "Nick", nick);
    optional(account, "FaceUrl", faceUrl);
    return account;
  }

  private static void optional(JsonObject account, String field, Object value) {
    if (value == null || "".equals(value)) {
      return;
    }
    if (!(value instanceof String)) {
      throw new LineParser.Malformed(field + " must be a string");
    }
    account.put(field, value);
  }

  private static String withoutBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static final class CsvAccounts implements LineParser {
    private boolean first = true;

    @Override
    public Object parse(String line) {
      String l = line;
      if (first) {
        first = false;
        l = withoutBom(l);
        if (l.strip().equalsIgnoreCase(HEADER)) {
          return null;
        }
      }
      List<String> f = Csv.split(l);
      if (f.size() > 3) {
        throw new LineParser.Malformed("expected at most 3 CSV fields (UserID,Nick,FaceUrl), got " + f.size());
      }
      if (f.get(0).isEmpty()) {
        throw new LineParser.Malformed("missing UserID (the first CSV field is empty)");
      }
      return account(f.get(0), f.size() > 1 ? f.get(1) : null, f.size() > 2 ? f.get(2) : null);
    }

    @Override
    public String format() {
      return CSV;
    }
  }

  private static final class JsonAccounts implements LineParser {
    private boolean first = true;

    @Override
    public Object parse(String line) {
      String l = first ? withoutBom(line) : line;
      first = false;
      JsonObject o = JsonItems.object(l);
      return account(o.getValue("UserID"), o.getValue("Nick"), o.getValue("FaceUrl"));
    }

    @Override
    public String format() {
      return JSONL;
    }
  }
}

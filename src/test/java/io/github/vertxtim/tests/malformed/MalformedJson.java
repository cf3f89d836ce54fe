package io.github.vertxtim.tests.malformed;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.nio.charset.StandardCharsets;

/**
 * Generators of the inputs a parser meets when something is wrong: random bytes, invalid UTF-8, truncated and
 * corrupted JSON, wrong types in every field, deep nesting, huge strings and arrays.
 */
final class MalformedJson {

  private MalformedJson() {
  }

  /** A value of any JSON type, small. */
  static Arbitrary<String> anyValue() {
    return Arbitraries.oneOf(
        Arbitraries.just("null"), Arbitraries.of("true", "false"),
        Arbitraries.integers().map(String::valueOf), Arbitraries.longs().map(String::valueOf),
        Arbitraries.doubles().map(String::valueOf), Arbitraries.of("1e400", "-0", "0.0000001", "18446744073709551616"),
        Arbitraries.strings().ofMaxLength(20).map(MalformedJson::quote),
        Arbitraries.just("[]"), Arbitraries.just("{}"), Arbitraries.just("[1,\"a\",null]"),
        Arbitraries.just("{\"x\":{\"y\":[]}}"));
  }

  /** An object whose documented fields hold values of any type. */
  static Arbitrary<String> objectWithFields(String... fields) {
    Arbitrary<String> field = Arbitraries.of(fields);
    Arbitrary<String> member = Combinators.combine(field, anyValue()).as((f, v) -> quote(f) + ":" + v);
    return member.list().ofMaxSize(fields.length + 2).map(ms -> "{" + String.join(",", ms) + "}");
  }

  /** Text cut at a random place. */
  static Arbitrary<String> truncated(Arbitrary<String> text) {
    return text.flatMap(t -> Arbitraries.integers().between(0, t.length()).map(n -> t.substring(0, n)));
  }

  /** Nested arrays or objects, up to depth 3000 (past Jackson's default limit of 1000). */
  static Arbitrary<String> deepNesting() {
    return Combinators.combine(Arbitraries.integers().between(1, 3000), Arbitraries.of("[", "{\"a\":"))
        .as((depth, open) -> {
          String close = open.equals("[") ? "]" : "}";
          return open.repeat(depth) + "1" + close.repeat(depth);
        });
  }

  /** A huge string or a huge array in a field. */
  static Arbitrary<String> huge(String field) {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(100_000, 2_000_000).map(n -> "{" + quote(field) + ":\"" + "x".repeat(n) + "\"}"),
        Arbitraries.integers().between(10_000, 200_000).map(n -> "{" + quote(field) + ":[" + "1,".repeat(n) + "1]}"));
  }

  /** Random bytes, often not UTF-8. */
  static Arbitrary<byte[]> randomBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(512);
  }

  /** Valid-looking JSON with invalid UTF-8 inside a string. */
  static Arbitrary<byte[]> invalidUtf8(String field) {
    return Arbitraries.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88})
        .map(bad -> {
          byte[] head = ("{" + quote(field) + ":\"a").getBytes(StandardCharsets.UTF_8);
          byte[] tail = "b\"}".getBytes(StandardCharsets.UTF_8);
          byte[] all = new byte[head.length + bad.length + tail.length];
          System.arraycopy(head, 0, all, 0, head.length);
          System.arraycopy(bad, 0, all, head.length, bad.length);
          System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
          return all;
        });
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}

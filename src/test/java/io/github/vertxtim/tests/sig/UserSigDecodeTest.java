package io.github.vertxtim.tests.sig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vertxtim.sig.DecodedUserSig;
import io.github.vertxtim.sig.UserSigVerifier;
import io.github.vertxtim.sig.UserSigVerifier.Result;
import io.github.vertxtim.sig.UserSigs;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoder strictness and robustness on hand-built input. */
class UserSigDecodeTest {

  private static final String SIG = "f5gSvBYdWRemW5KQRjxvTzWiOlJwFEuyR7UEE4EjP6o=";
  private static final String GOOD =
      "{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"3\",\"TLS.sdkappid\":1,\"TLS.expire\":4,\"TLS.time\":1700000000,"
          + "\"TLS.sig\":\"" + SIG + "\"}";

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 5, 6, 9})
  void acceptsAnyZlibLevelAndWhitespace(int level) {
    String spaced = GOOD.replace(",", " ,\n  ").replace(":", " : ").replace("{", "{ \t") + "\r\n";
    for (String json : new String[] {GOOD, spaced}) {
      DecodedUserSig d = UserSigs.decode(Vectors.encode(json, level));
      assertThat(d).isEqualTo(new DecodedUserSig("3", 1, 1700000000L, 4, SIG, null));
      assertThat(new UserSigVerifier(1, "2").verify(Vectors.encode(json, level), "3", 1700000004L))
          .isEqualTo(Result.OK);
    }
  }

  @Test
  void acceptsEscapedStrings() {
    String json = GOOD.replace("\"3\"", "\"\\u0033\"").replace(SIG, SIG.replace("/", "\\/"));
    assertThat(UserSigs.decode(Vectors.encode(json, 6)).identifier()).isEqualTo("3");
  }

  static Stream<String> malformedJson() {
    return Stream.of(
        GOOD.replace("1700000000", "\"1700000000\""),         // number as string
        GOOD.replace("\"TLS.sdkappid\":1", "\"TLS.sdkappid\":\"1\""),
        GOOD.replace("\"TLS.expire\":4", "\"TLS.expire\":4.0"),  // not integral
        GOOD.replace("\"TLS.expire\":4", "\"TLS.expire\":-4"),
        GOOD.replace("\"TLS.expire\":4", "\"TLS.expire\":99999999999999999999"),
        GOOD.replace("\"TLS.time\":1700000000", "\"TLS.time\":9223372036854775807"), // time + expire overflows
        GOOD.replace("\"TLS.identifier\":\"3\"", "\"TLS.identifier\":3"),
        GOOD.replace("\"TLS.identifier\":\"3\",", ""),           // missing
        GOOD.replace(",\"TLS.sig\":\"" + SIG + "\"", ""),
        GOOD.replace(SIG, "not base64!"),
        GOOD.replace(SIG, SIG.substring(0, 43)),                 // unpadded
        GOOD.replace("}", ",\"TLS.userbuf\":5}"),
        GOOD.replace("}", ",\"TLS.userbuf\":\"BQ\"}"),
        GOOD.replace("}", ",\"TLS.time\":1}"),                  // duplicate key
        GOOD + "{}",                                             // trailing tokens
        GOOD.substring(0, GOOD.length() - 1),
        "[" + GOOD + "]",
        "null",
        "",
        "not json");
  }

  @ParameterizedTest
  @MethodSource("malformedJson")
  void rejectsMalformedJson(String json) {
    String usersig = Vectors.encode(json, 6);
    assertThatThrownBy(() -> UserSigs.decode(usersig))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain(usersig).doesNotContain(SIG).doesNotContain("1700000000");
    assertThat(new UserSigVerifier(1, "2").verify(usersig, "3", 1700000000L)).isEqualTo(Result.MALFORMED);
  }

  @Test
  void rejectsZipBomb() {
    byte[] huge = new byte[1 << 20];
    Arrays.fill(huge, (byte) ' ');
    String usersig = Vectors.encodeBytes(Vectors.deflate(
        (GOOD.substring(0, GOOD.length() - 1) + new String(huge) + "}").getBytes(), 9));
    assertThat(usersig.length()).isLessThan(4096);
    assertThatThrownBy(() -> UserSigs.decode(usersig))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inflates to more than");
  }

  @Test
  void rejectsNonZlibAndOddBase64() {
    String valid = Vectors.encode(GOOD, 6);
    String[] bad = {
        null, "", "eJ", "garbage!", valid + "AAAA", valid.replace("_", ""), valid + " ",
        Vectors.encodeBytes(GOOD.getBytes()),                                   // not compressed
        Vectors.encodeBytes(Arrays.copyOfRange(Vectors.deflate(GOOD.getBytes(), 6), 2, 40)), // raw deflate, no header
        "A".repeat(100_000)};
    for (String s : bad) {
      assertThatThrownBy(() -> UserSigs.decode(s)).as("%s", s).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void corruptedChecksumIsMalformed() {
    byte[] z = Vectors.deflate(GOOD.getBytes(), 6);
    z[z.length - 1] ^= 1; // Adler-32
    assertThatThrownBy(() -> UserSigs.decode(Vectors.encodeBytes(z))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exceptionMessageNeverContainsInput() {
    Vectors.ALL.forEach(v -> {
      String truncated = v.usersig().substring(0, v.usersig().length() - 8);
      assertThatThrownBy(() -> UserSigs.decode(truncated))
          .isInstanceOf(IllegalArgumentException.class)
          .message().doesNotContain(truncated).doesNotContain(truncated.substring(0, 16));
    });
    String garbage = "eJyrVgrxCdZLrSjILEpVsjI0NTU1MjAw0AGLlqUWKVkpGekZKEH4xSnZiQUFmSlAdSYGUACRyUxJzSv";
    assertThatThrownBy(() -> UserSigs.decode(garbage)).message().doesNotContain(garbage.substring(0, 12));
  }

  @Test
  void decodedUserSigHidesSigAndCopiesUserBuf() {
    byte[] buf = {1, 2, 3};
    DecodedUserSig d = new DecodedUserSig("admin", 1, 2, 3, SIG, buf);
    buf[0] = 9;
    assertThat(d.userBuf()).containsExactly(1, 2, 3);
    d.userBuf()[1] = 9;
    assertThat(d.userBuf()).containsExactly(1, 2, 3);
    assertThat(d).isEqualTo(new DecodedUserSig("admin", 1, 2, 3, SIG, new byte[] {1, 2, 3}))
        .hasSameHashCodeAs(new DecodedUserSig("admin", 1, 2, 3, SIG, new byte[] {1, 2, 3}));
    assertThat(d.toString()).doesNotContain(SIG).contains("admin");
    assertThat(d.validUntil()).isEqualTo(5);
  }
}

package io.github.vertxtim.tests.sig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vertxtim.sig.DecodedUserSig;
import io.github.vertxtim.sig.UserSigGenerator;
import io.github.vertxtim.sig.UserSigVerifier;
import io.github.vertxtim.sig.UserSigVerifier.Result;
import io.github.vertxtim.sig.UserSigs;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Generator details beyond the vectors: escaping, clock, validation, secrecy, concurrency. */
class UserSigGeneratorTest {

  private static final String KEY = "deadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeef";
  private static final long APP = 1400000000L;
  private static final long T = 1700000000L;

  private final UserSigGenerator gen = new UserSigGenerator(APP, KEY);
  private final UserSigVerifier verifier = new UserSigVerifier(APP, KEY);

  @Test
  void orgJsonEscapingRules() {
    String id = "a\b\t\n\f\r\u0001\u001f\u007f\u0080\u009f\u00a0\u1fff\u2000\u2028\u20ff\u2100/</>\"\\";
    String usersig = gen.generate(id, 60, T);
    String json = Vectors.inflateToText(usersig);
    assertThat(json).contains("\"TLS.identifier\":\"a\\b\\t\\n\\f\\r\\u0001\\u001f\u007f\\u0080\\u009f\u00a0\u1fff"
        + "\\u2000\\u2028\\u20ff\u2100/<\\/>\\\"\\\\\"");
    assertThat(UserSigs.decode(usersig).identifier()).isEqualTo(id);
    assertThat(verifier.verify(usersig, id, T)).isEqualTo(Result.OK);
  }

  @Test
  void layoutKeyOrderWithUserBuf() {
    String json = Vectors.inflateToText(gen.generate("u", 60, T, new byte[] {(byte) 0xfb, (byte) 0xff}));
    assertThat(json).matches("\\{\"TLS.expire\":60,\"TLS.ver\":\"2.0\",\"TLS.sdkappid\":1400000000,"
        + "\"TLS.identifier\":\"u\",\"TLS.sig\":\"[A-Za-z0-9+/]{43}=\",\"TLS.userbuf\":\"\\+/8=\",\"TLS.time\":1700000000}");
  }

  @Test
  void emptyUserBufIsPresentNotAbsent() {
    String usersig = gen.generate("u", 60, T, new byte[0]);
    assertThat(Vectors.inflateToText(usersig)).contains("\"TLS.userbuf\":\"\"");
    assertThat(UserSigs.decode(usersig).userBuf()).isEmpty();
    assertThat(verifier.verify(usersig, "u", T, new byte[0])).isEqualTo(Result.OK);
    assertThat(verifier.verify(usersig, "u", T)).isEqualTo(Result.USERBUF_MISMATCH);
  }

  @Test
  void outputAlphabetAndZlibHeader() {
    String usersig = gen.generate("administrator", 86400, T);
    assertThat(usersig).startsWith("eJ").matches("[A-Za-z0-9*_-]+");
  }

  @Test
  void largeDocumentIsNotTruncated() {
    String id = "x".repeat(3000) + "\u4e2d".repeat(3000);
    String usersig = gen.generate(id, 60, T);
    assertThat(Vectors.inflateToText(usersig)).endsWith(",\"TLS.time\":1700000000}");
    assertThat(verifier.verify(usersig, id, T)).isEqualTo(Result.OK);
    // Incompressible userbuf: the zlib stream exceeds the official code's fixed 2048-byte buffer.
    byte[] random = new byte[6000];
    new java.util.Random(1).nextBytes(random);
    String withBuf = gen.generate("u", 60, T, random);
    assertThat(withBuf.length()).isGreaterThan(2048 * 4 / 3);
    assertThat(verifier.verify(withBuf, "u", T, random)).isEqualTo(Result.OK);
  }

  @Test
  void usesTheSystemClockInSeconds() {
    long before = System.currentTimeMillis() / 1000;
    DecodedUserSig d = UserSigs.decode(gen.generate("administrator", 3600));
    long after = System.currentTimeMillis() / 1000;
    assertThat(d.time()).isBetween(before, after);
    assertThat(d.expire()).isEqualTo(3600);
    assertThat(verifier.verify(gen.generate("administrator", 3600), "administrator", after)).isEqualTo(Result.OK);
  }

  @Test
  void emptyIdentifierIsSignedLikeOfficialJava() {
    String usersig = gen.generate("", 60, T);
    assertThat(UserSigs.decode(usersig).identifier()).isEmpty();
    assertThat(verifier.verify(usersig, "", T)).isEqualTo(Result.OK);
  }

  @Test
  void validatesArguments() {
    assertThatThrownBy(() -> new UserSigGenerator(APP, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secretKey");
    assertThatThrownBy(() -> new UserSigGenerator(APP, "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secretKey");
    assertThatThrownBy(() -> new UserSigGenerator(0, KEY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sdkAppId");
    assertThatThrownBy(() -> new UserSigGenerator(-1, KEY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sdkAppId");
    assertThatThrownBy(() -> new UserSigVerifier(0, KEY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sdkAppId");
    assertThatThrownBy(() -> new UserSigVerifier(APP, "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secretKey");
    assertThatThrownBy(() -> gen.generate(null, 60)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("identifier");
    assertThatThrownBy(() -> gen.generate("a", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expire");
    assertThatThrownBy(() -> gen.generate("a", -5, T)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expire");
    assertThatThrownBy(() -> gen.generate("a", 60, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeSeconds");
  }

  @Test
  void secretsStayOutOfToStringAndMessages() {
    assertThat(gen.toString()).doesNotContain(KEY).doesNotContain("deadbeef").contains("1400000000");
    assertThat(verifier.toString()).doesNotContain(KEY).doesNotContain("deadbeef").contains("1400000000");
    String usersig = gen.generate("administrator", 60, T);
    assertThat(UserSigs.decode(usersig).toString()).doesNotContain(usersig)
        .doesNotContain(UserSigs.decode(usersig).sig());
    assertThatThrownBy(() -> gen.generate(null, 60)).message().doesNotContain(KEY);
  }

  @Test
  void isThreadSafe() throws Exception {
    String expected = Vectors.ALL.get(0).usersig();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = IntStream.range(0, 400)
          .mapToObj(i -> pool.submit(() -> gen.generate("administrator", 15552000, T).equals(expected)
              && verifier.verify(expected, "administrator", T) == Result.OK))
          .toList();
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

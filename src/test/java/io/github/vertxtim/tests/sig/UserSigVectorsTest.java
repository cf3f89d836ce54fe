package io.github.vertxtim.tests.sig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vertxtim.sig.DecodedUserSig;
import io.github.vertxtim.sig.UserSigGenerator;
import io.github.vertxtim.sig.UserSigVerifier;
import io.github.vertxtim.sig.UserSigVerifier.Result;
import io.github.vertxtim.sig.UserSigs;
import io.github.vertxtim.tests.sig.Vectors.Vector;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every official test vector, through generator, decoder and verifier. */
class UserSigVectorsTest {

  static Stream<Named<Vector>> vectors() {
    return Vectors.all();
  }

  @Test
  void allTwelveVectorsLoaded() {
    assertThat(Vectors.ALL).hasSize(12);
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void hmacInputAndSigMatch(Vector v) throws Exception {
    StringBuilder input = new StringBuilder()
        .append("TLS.identifier:").append(v.identifier()).append('\n')
        .append("TLS.sdkappid:").append(v.sdkAppId()).append('\n')
        .append("TLS.time:").append(v.time()).append('\n')
        .append("TLS.expire:").append(v.expire()).append('\n');
    if (v.userBufBase64() != null) {
      input.append("TLS.userbuf:").append(v.userBufBase64()).append('\n');
    }
    assertThat(input.toString()).isEqualTo(v.hmacInput());

    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(v.key().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String sig = Base64.getEncoder().encodeToString(mac.doFinal(v.hmacInput().getBytes(StandardCharsets.UTF_8)));
    assertThat(sig).isEqualTo(v.sig());

    // The generator's TLS.sig (hence its HMAC input) is the vector's.
    String generated = new UserSigGenerator(v.sdkAppId(), v.key())
        .generate(v.identifier(), v.expire(), v.time(), v.userBuf());
    assertThat(UserSigs.decode(generated).sig()).isEqualTo(v.sig());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void generateIsByteIdenticalToOfficialJava(Vector v) {
    UserSigGenerator gen = new UserSigGenerator(v.sdkAppId(), v.key());
    String generated = v.userBufBase64() == null
        ? gen.generate(v.identifier(), v.expire(), v.time())
        : gen.generate(v.identifier(), v.expire(), v.time(), v.userBuf());
    assertThat(Vectors.inflateToText(generated)).isEqualTo(v.decodedJson());
    assertThat(generated).isEqualTo(v.usersig());
    assertThat(gen.sdkAppId()).isEqualTo(v.sdkAppId());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void vectorLayersAreConsistent(Vector v) {
    assertThat(Vectors.inflateToText(v.usersig())).isEqualTo(v.decodedJson());
    assertThat(Vectors.encode(v.decodedJson(), Deflater.DEFAULT_COMPRESSION)).isEqualTo(v.usersig());
    assertThat(v.validUntil()).isEqualTo(v.time() + v.expire());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void decodeGivesVectorFields(Vector v) {
    for (String usersig : v.allUsersigs()) {
      DecodedUserSig d = UserSigs.decode(usersig);
      assertThat(d.identifier()).isEqualTo(v.identifier());
      assertThat(d.sdkAppId()).isEqualTo(v.sdkAppId());
      assertThat(d.time()).isEqualTo(v.time());
      assertThat(d.expire()).isEqualTo(v.expire());
      assertThat(d.sig()).isEqualTo(v.sig());
      assertThat(d.userBuf()).isEqualTo(v.userBuf());
      assertThat(d.validUntil()).isEqualTo(v.validUntil());
    }
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void verifierAcceptsEveryImplementationUntilValidUntil(Vector v) {
    UserSigVerifier verifier = new UserSigVerifier(v.sdkAppId(), v.key());
    for (String usersig : v.allUsersigs()) {
      assertThat(verifier.verify(usersig, v.identifier(), v.time(), v.userBuf())).isEqualTo(Result.OK);
      assertThat(verifier.verify(usersig, v.identifier(), v.validUntil(), v.userBuf())).isEqualTo(Result.OK);
      assertThat(verifier.verify(usersig, v.identifier(), v.validUntil() + 1, v.userBuf()))
          .isEqualTo(Result.EXPIRED);
    }
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void verifierRejectsMismatches(Vector v) {
    UserSigVerifier verifier = new UserSigVerifier(v.sdkAppId(), v.key());
    long now = v.time();
    byte[] ub = v.userBuf();
    for (String usersig : v.allUsersigs()) {
      assertThat(verifier.verify(usersig, v.identifier() + "x", now, ub)).isEqualTo(Result.IDENTIFIER_MISMATCH);
      assertThat(verifier.verify(usersig, null, now, ub)).isEqualTo(Result.IDENTIFIER_MISMATCH);
      assertThat(new UserSigVerifier(v.sdkAppId() + 1, v.key()).verify(usersig, v.identifier(), now, ub))
          .isEqualTo(Result.SDKAPPID_MISMATCH);
      assertThat(new UserSigVerifier(v.sdkAppId(), v.key() + "0").verify(usersig, v.identifier(), now, ub))
          .isEqualTo(Result.BAD_SIGNATURE);
      // Go's order: an expired usersig is EXPIRED even with the wrong key.
      assertThat(new UserSigVerifier(v.sdkAppId(), v.key() + "0")
          .verify(usersig, v.identifier(), v.validUntil() + 1, ub)).isEqualTo(Result.EXPIRED);
      if (ub == null) {
        assertThat(verifier.verify(usersig, v.identifier(), now, new byte[] {5})).isEqualTo(Result.USERBUF_MISMATCH);
        assertThat(verifier.verify(usersig, v.identifier(), now, new byte[0])).isEqualTo(Result.USERBUF_MISMATCH);
      } else {
        assertThat(verifier.verify(usersig, v.identifier(), now)).isEqualTo(Result.USERBUF_MISMATCH);
        byte[] other = ub.clone();
        other[0] ^= 1;
        assertThat(verifier.verify(usersig, v.identifier(), now, other)).isEqualTo(Result.USERBUF_MISMATCH);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void verifierRejectsTamperedContent(Vector v) throws Exception {
    UserSigVerifier verifier = new UserSigVerifier(v.sdkAppId(), v.key());
    ObjectNode json = (ObjectNode) Vectors.MAPPER.readTree(v.decodedJson());

    ObjectNode earlier = json.deepCopy().put("TLS.time", v.time() - 1);
    assertThat(verifier.verify(Vectors.encode(earlier.toString(), 6), v.identifier(), v.time(), v.userBuf()))
        .isEqualTo(Result.BAD_SIGNATURE);

    ObjectNode longer = json.deepCopy().put("TLS.expire", v.expire() + 1);
    assertThat(verifier.verify(Vectors.encode(longer.toString(), 6), v.identifier(), v.time(), v.userBuf()))
        .isEqualTo(Result.BAD_SIGNATURE);

    ObjectNode renamed = json.deepCopy().put("TLS.identifier", "mallory");
    assertThat(verifier.verify(Vectors.encode(renamed.toString(), 6), "mallory", v.time(), v.userBuf()))
        .isEqualTo(Result.BAD_SIGNATURE);

    ObjectNode withBuf = json.deepCopy().put("TLS.userbuf", "BQ==");
    assertThat(verifier.verify(Vectors.encode(withBuf.toString(), 6), v.identifier(), v.time(), new byte[] {5}))
        .isEqualTo(v.userBufBase64() != null && v.userBufBase64().equals("BQ==") ? Result.OK : Result.BAD_SIGNATURE);

    // Same content re-laid-out (Jackson order, stored zlib): still OK, since the server-side rule is parse + recompute.
    assertThat(verifier.verify(Vectors.encode(json.toString() + "\n", 0), v.identifier(), v.time(), v.userBuf()))
        .isEqualTo(Result.OK);
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void verifierReportsGarbageAndTruncationAsMalformed(Vector v) {
    UserSigVerifier verifier = new UserSigVerifier(v.sdkAppId(), v.key());
    String s = v.usersig();
    for (String bad : new String[] {
        s.substring(0, s.length() - 4), s.substring(0, s.length() - 1), s.substring(0, s.length() / 2),
        s.substring(4), s + "AAAA", "garbage!", "", "eJ", null}) {
      assertThat(verifier.verify(bad, v.identifier(), v.time(), v.userBuf())).as("%s", bad)
          .isEqualTo(Result.MALFORMED);
    }
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void verifierNeverThrowsOnMutatedInput(Vector v) {
    UserSigVerifier verifier = new UserSigVerifier(v.sdkAppId(), v.key());
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-_+/= ";
    char[] s = v.usersig().toCharArray();
    for (int i = 0; i < s.length; i++) {
      char original = s[i];
      for (char c : alphabet.toCharArray()) {
        s[i] = c;
        Result r = verifier.verify(new String(s), v.identifier(), v.time(), v.userBuf());
        // Only the padding bits of the last data char can change without changing the bytes.
        if (r == Result.OK) {
          assertThat(UserSigs.decode(new String(s))).isEqualTo(UserSigs.decode(v.usersig()));
        }
      }
      s[i] = original;
    }
  }
}

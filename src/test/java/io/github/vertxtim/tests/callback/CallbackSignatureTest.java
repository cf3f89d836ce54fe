package io.github.vertxtim.tests.callback;

import io.github.vertxtim.callback.CallbackSignature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The Sign vectors of shared/api/callbacks.md §3.2, Tencent's published one first. */
class CallbackSignatureTest {

  @ParameterizedTest
  @CsvSource({
      "xxxxyyyy, 1669872112, 17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061",
      "xxxyyy, 1669872112, e78a85473bed2cdc8d6fa8c4d5a4ba4735fd64156e15a99516b9890293e135de",
      "MyCallbackToken-2024, 1700000000, e4dbdd21299466f2e5f87ea84c20182431e167c7a3bf4ab8a2ba02aa3e415350",
      "MyCallbackToken-2024, 1700000001, af9ea00c733fc95efa8bdba69a5759f9e15e120a086a08a9af301477fb572679",
      "'', 1700000000, 3f3b4313e71a7e1cbfbc359314fc3de34eab90a3d441761cae10fcb2a6aba1ff",
      "令牌, 1700000000, f07c084b29615645866fc1be4f0541bbc8256d9910fdde2da1a5ee54d63b3792"})
  void signsAndVerifiesTheDocumentedVectors(String token, String time, String sign) {
    assertThat(CallbackSignature.sign(token, time)).isEqualTo(sign);
    assertThat(CallbackSignature.verify(token, time, sign)).isTrue();
    assertThat(CallbackSignature.verify(token, time, sign.toUpperCase(Locale.ROOT))).as("hex in upper case").isTrue();
    assertThat(CallbackSignature.verify(token + "x", time, sign)).isFalse();
    assertThat(CallbackSignature.verify(token, time + "0", sign)).isFalse();
  }

  @Test
  void malformedSignsDoNotVerify() {
    String good = CallbackSignature.sign("xxxxyyyy", 1669872112L);
    assertThat(CallbackSignature.verify("xxxxyyyy", "1669872112", good.substring(1))).isFalse();
    assertThat(CallbackSignature.verify("xxxxyyyy", "1669872112", good.replace('a', 'g'))).isFalse();
    assertThat(CallbackSignature.verify("xxxxyyyy", "1669872112", "")).isFalse();
    assertThat(CallbackSignature.verify("xxxxyyyy", "1669872112", null)).isFalse();
  }

  @Test
  void theVerifierOfSeveralTokensChecksEachTimeAgainstEveryToken() {
    CallbackSignature.Verifier verifier = CallbackSignature.verifier(java.util.List.of("old-token", "new-token"));
    String oldAtT = CallbackSignature.sign("old-token", "1700000000");
    String newAtT = CallbackSignature.sign("new-token", "1700000000");
    String newAtNext = CallbackSignature.sign("new-token", "1700000001");
    assertThat(verifier.verify("1700000000", oldAtT)).as("the old token during a rotation").isTrue();
    assertThat(verifier.verify("1700000000", newAtT.toUpperCase(Locale.ROOT))).isTrue();
    // a Sign of one second does not pass at another, whichever second the verifier hashed last
    assertThat(verifier.verify("1700000001", newAtT)).isFalse();
    assertThat(verifier.verify("1700000001", newAtNext)).isTrue();
    assertThat(verifier.verify("1700000000", newAtNext)).isFalse();
    assertThat(verifier.verify("1700000000", newAtT)).isTrue();
    assertThat(verifier.verify("1700000000", CallbackSignature.sign("other", "1700000000"))).isFalse();
    assertThat(verifier.verify("1700000000", newAtT.substring(2))).isFalse();
    assertThat(verifier.verify(null, newAtT)).isFalse();
    assertThat(verifier.toString()).doesNotContain("token-").contains("2 token(s)");
  }
}

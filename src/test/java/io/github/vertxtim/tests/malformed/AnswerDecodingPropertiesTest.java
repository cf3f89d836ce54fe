package io.github.vertxtim.tests.malformed;

import io.github.vertxtim.TimException;
import io.github.vertxtim.api.account.CheckAccountsResult;
import io.github.vertxtim.internal.ResultType;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.buffer.Buffer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's answer decoding (the one pass of {@code ResultType}, untyped and typed) over malformed answers:
 * whatever the bytes, the result is the record or a {@link TimException} with a code — never another exception, a
 * hang or an OutOfMemoryError.
 */
class AnswerDecodingPropertiesTest {

  private static final Endpoint CHECK = EndpointRegistry.defaultRegistry().resolve("im_open_login_svc", "account_check");
  private static final ResultType<CheckAccountsResult> TYPED = ResultType.of(CheckAccountsResult.class);
  private static final String[] FIELDS = {"ActionStatus", "ErrorCode", "ErrorInfo", "ResultItem", "UserID",
      "ResultCode", "AccountStatus"};

  @Property(tries = 400)
  void textAnswersDecodeOrFailWithATimException(@ForAll("answers") String answer) {
    decodeBothWays(answer.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 300)
  void byteAnswersDecodeOrFailWithATimException(@ForAll("bytes") byte[] answer) {
    decodeBothWays(answer);
  }

  @Property(tries = 20)
  void hugeAnswersDecodeOrFailWithATimException(@ForAll("huge") String answer) {
    decodeBothWays(answer.getBytes(StandardCharsets.UTF_8));
  }

  private static void decodeBothWays(byte[] bytes) {
    for (ResultType<?> type : new ResultType<?>[] {ResultType.JSON, TYPED}) {
      try {
        Object result = type.read(Buffer.buffer(bytes), CHECK, true);
        assertThat(result).isNotNull();
      } catch (TimException e) {
        assertThat(e.errorCode()).isNotZero();
        assertThat(e.getMessage()).isNotEmpty();
      }
    }
  }

  @Provide
  Arbitrary<String> answers() {
    Arbitrary<String> envelopes = MalformedJson.objectWithFields(FIELDS);
    Arbitrary<String> ok = Arbitraries.of(
        "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"ResultItem\":[{\"UserID\":\"a\",\"ResultCode\":0,"
            + "\"ResultInfo\":\"\",\"AccountStatus\":\"Imported\"}]}",
        "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":70402,\"ErrorInfo\":\"bad\"}");
    return Arbitraries.oneOf(envelopes, MalformedJson.truncated(ok), MalformedJson.deepNesting(),
        Arbitraries.strings().ofMaxLength(64), ok.map(s -> s.replace("0", "\"0\"")),
        ok.map(s -> s.replace("[", "{").replace("]", "}")));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.oneOf(MalformedJson.randomBytes(), MalformedJson.invalidUtf8("ErrorInfo"),
        MalformedJson.invalidUtf8("UserID"));
  }

  @Provide
  Arbitrary<String> huge() {
    return Arbitraries.oneOf(MalformedJson.huge("ErrorInfo"), MalformedJson.huge("ResultItem"));
  }
}

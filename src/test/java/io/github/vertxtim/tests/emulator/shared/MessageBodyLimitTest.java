package io.github.vertxtim.tests.emulator.shared;

import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.MessageBodyLimit;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Exactly 12 KB of MsgBody passes; one byte more fails with the family's code. */
class MessageBodyLimitTest {

  /** A one-element text MsgBody whose compact JSON is exactly {@code bytes} long, padded with {@code unit}. */
  private static JsonArray bodyOf(int bytes, String unit) {
    int overhead = MessageBodyLimit.size(textBody(""));
    int unitBytes = unit.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    int room = bytes - overhead;
    String text = unit.repeat(room / unitBytes) + "a".repeat(room % unitBytes);
    JsonArray body = textBody(text);
    assertThat(MessageBodyLimit.size(body)).isEqualTo(bytes);
    return body;
  }

  private static JsonArray textBody(String text) {
    return new JsonArray().add(new JsonObject().put("MsgType", "TIMTextElem")
        .put("MsgContent", new JsonObject().put("Text", text)));
  }

  @Test
  void exactlyTwelveKilobytesPasses() {
    assertThat(MessageBodyLimit.MAX_BYTES).isEqualTo(12_288);
    MessageBodyLimit.C2C.check(bodyOf(12_288, "a"));
    MessageBodyLimit.PUSH.check(bodyOf(12_288, "a"));
  }

  @Test
  void oneByteMoreFailsWithTheFamilyCode() {
    EmulatorError c2c = catchThrowableOfType(EmulatorError.class,
        () -> MessageBodyLimit.C2C.check(bodyOf(12_289, "a")));
    assertThat(c2c.code()).isEqualTo(80002);
    assertThat(c2c.info()).contains("12289");
    EmulatorError push = catchThrowableOfType(EmulatorError.class,
        () -> MessageBodyLimit.PUSH.check(bodyOf(12_289, "a")));
    assertThat(push.code()).isEqualTo(90055);
    assertThat(MessageBodyLimit.GROUP.code()).isEqualTo(80002);
  }

  @Test
  void countsUtf8BytesNotCharacters() {
    // "中" is three bytes in UTF-8: 4 000 of them are 12 000 bytes but only 4 000 characters
    JsonArray body = bodyOf(12_289, "中");
    assertThatThrownBy(() -> MessageBodyLimit.C2C.check(body)).isInstanceOf(EmulatorError.class);
    MessageBodyLimit.C2C.check(bodyOf(12_288, "中"));
  }
}

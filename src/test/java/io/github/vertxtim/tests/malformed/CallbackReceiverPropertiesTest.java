package io.github.vertxtim.tests.malformed;

import io.github.vertxtim.callback.CallbackAnswer;
import io.github.vertxtim.registry.CallbackCommand;
import io.github.vertxtim.registry.CallbackRegistry;
import io.github.vertxtim.tests.callback.ReceiverFixture;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The callback receiver over malformed requests (signed, so that they reach the parser): random and truncated JSON,
 * wrong types in every field of every documented sample, deep nesting, huge strings and arrays, invalid UTF-8,
 * oversized bodies and headers. Always an answer with a documented status and a JSON body, in time; never an
 * exception that reaches the event loop.
 */
class CallbackReceiverPropertiesTest {

  /** 200 answered, 400 malformed or mismatched, 413 too large; 414/431 from Vert.x's own request-line limits. */
  private static final Set<Integer> DOCUMENTED = Set.of(200, 400, 413, 414, 431);
  private static final List<CallbackCommand> COMMANDS = new ArrayList<>(CallbackRegistry.defaultRegistry().commands());
  private static final List<Throwable> ESCAPED = new CopyOnWriteArrayList<>();
  private static ReceiverFixture fixture;

  @BeforeContainer
  static void start() {
    fixture = new ReceiverFixture(o -> o.setMaxBodyBytes(256 * 1024).setAnswerBudgetMillis(500), r -> {
      for (CallbackCommand c : COMMANDS) {
        if (c.direction() == io.github.vertxtim.registry.CallbackDirection.BEFORE) {
          r.before(c.command(), req -> Future.succeededFuture(req.decide(io.github.vertxtim.callback.CallbackDefault.ALLOW)));
        } else {
          r.after(c.command(), req -> Future.succeededFuture());
        }
      }
    });
    fixture.vertx.exceptionHandler(ESCAPED::add);
  }

  @AfterContainer
  static void stop() {
    fixture.close();
    assertThat(ESCAPED).as("exceptions that reached the event loop").isEmpty();
  }

  private static void check(String command, Map<String, String> query, byte[] body) {
    ReceiverFixture.Answer answer = fixture.post(query, Buffer.buffer(body));
    assertThat(answer.status()).as(command).isIn(DOCUMENTED);
    if (answer.status() == 200 || answer.status() == 400 || answer.status() == 413) {
      assertThat(answer.body().length()).as(command + " " + answer.status() + " has a body").isPositive();
      JsonObject json = answer.json();
      assertThat(json.getString("ActionStatus")).isIn("OK", "FAIL");
      if (answer.status() == 200) {
        assertThat(CallbackAnswer.fromJson(json)).isNotNull();
      }
    }
    assertThat(answer.millis()).as("answered before Tencent's 2 s, plus slack for a loaded machine").isLessThan(10_000);
  }

  private static void check(String command, byte[] body) {
    check(command, ReceiverFixture.query(command), body);
  }

  @Property(tries = 300)
  void wrongTypesInEveryFieldOfEverySample(@ForAll("mutated") Map.Entry<String, String> commandAndBody) {
    check(commandAndBody.getKey(), commandAndBody.getValue().getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 200)
  void randomTruncatedAndDeepBodies(@ForAll("commands") String command, @ForAll("texts") String body) {
    check(command, body.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 150)
  void randomBytesAndInvalidUtf8(@ForAll("commands") String command, @ForAll("bytes") byte[] body) {
    check(command, body);
  }

  @Property(tries = 15)
  void hugeStringsAndArrays(@ForAll("commands") String command, @ForAll("huge") String body) {
    check(command, body.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 20)
  void oversizedQueryParameters(@ForAll("commands") String command, @ForAll("longValues") String value) {
    Map<String, String> query = ReceiverFixture.query(command);
    query.put("ClientIP", value);
    check(command, query, ReceiverFixture.sample(command).toBuffer().getBytes());
  }

  @Provide
  Arbitrary<String> commands() {
    return Arbitraries.of(COMMANDS).map(CallbackCommand::command);
  }

  /** A documented sample with one top-level field (or one field of each Push event) given a value of any type. */
  @Provide
  Arbitrary<Map.Entry<String, String>> mutated() {
    return Arbitraries.of(COMMANDS).flatMap(c -> {
      JsonObject sample = ReceiverFixture.sample(c.command());
      List<String> fields = new ArrayList<>(sample.fieldNames());
      return Combinators.combine(Arbitraries.of(fields), MalformedJson.anyValue()).as((field, value) -> {
        JsonObject rest = sample.copy();
        rest.remove(field);
        String tail = rest.encode();
        String body = "{" + MalformedJson.quote(field) + ":" + value + (tail.equals("{}") ? "}" : "," + tail.substring(1));
        return Map.entry(c.command(), body);
      });
    });
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> samples = Arbitraries.of(COMMANDS).map(c -> ReceiverFixture.sample(c.command()).encode());
    return Arbitraries.oneOf(MalformedJson.truncated(samples), MalformedJson.deepNesting(),
        MalformedJson.objectWithFields("CallbackCommand", "Events", "MsgBody", "EventTime", "From_Account", "GroupId"),
        Arbitraries.strings().ofMaxLength(64), samples.map(s -> s.replace("[", "{").replace("]", "}")),
        Arbitraries.of("{\"Events\":[1,2]}", "{\"Events\":{}}", "{\"Events\":[{\"CallbackCommand\":1}]}", "null", "[]"));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.oneOf(MalformedJson.randomBytes(), MalformedJson.invalidUtf8("From_Account"),
        MalformedJson.invalidUtf8("CallbackCommand"));
  }

  @Provide
  Arbitrary<String> huge() {
    return Arbitraries.oneOf(MalformedJson.huge("From_Account"), MalformedJson.huge("MsgBody"),
        MalformedJson.huge("Events"));
  }

  @Provide
  Arbitrary<String> longValues() {
    return Arbitraries.integers().between(1_000, 20_000).map("x"::repeat);
  }
}

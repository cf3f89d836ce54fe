package io.github.vertxtim.tests.callback;

import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.callback.CallbackAnswer;
import io.github.vertxtim.callback.CallbackAnswer.FriendResult;
import io.github.vertxtim.callback.CallbackAnswer.Kind;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.CallbackRequest;
import io.github.vertxtim.registry.CallbackCommand;
import io.github.vertxtim.registry.CallbackDecision;
import io.github.vertxtim.registry.CallbackDirection;
import io.github.vertxtim.registry.CallbackRegistry;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every decision kind against every one of the 12 before-callbacks, through the receiver: a kind the command takes
 * is answered as built; another is refused where it is made ({@link CallbackRequest}) and, when a handler returns it
 * anyway, answered FAIL with the default decision. Custom codes are checked against the registry row's range.
 */
class CallbackAnswerTest {

  /** What each decision kind of the registry accepts (shared/api/callbacks.md §5.2). */
  private static final Map<CallbackDecision, Set<Kind>> TAKES = Map.ofEntries(
      entry(CallbackDecision.ALLOW_REJECT, EnumSet.of(Kind.ALLOW, Kind.REJECT)),
      entry(CallbackDecision.MESSAGE, EnumSet.of(Kind.ALLOW, Kind.REJECT, Kind.DROP, Kind.REWRITE)),
      entry(CallbackDecision.REFUSE_MEMBERS, EnumSet.of(Kind.ALLOW, Kind.REJECT, Kind.REFUSE_MEMBERS)),
      entry(CallbackDecision.REFUSE_SUBSCRIBERS, EnumSet.of(Kind.ALLOW, Kind.REJECT, Kind.REFUSE_SUBSCRIBERS)),
      entry(CallbackDecision.FRIEND_ITEMS, EnumSet.of(Kind.FRIEND_RESULTS)),
      entry(CallbackDecision.SIGNAL, EnumSet.of(Kind.ALLOW, Kind.REJECT, Kind.SIGNAL_DATA)));

  private static volatile Function<CallbackRequest<CallbackEvent>, CallbackAnswer> decision;
  private static ReceiverFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new ReceiverFixture(o -> { }, r -> befores().forEach(c ->
        r.before(c.command(), req -> Future.succeededFuture(decision.apply(req)))));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  static Stream<CallbackCommand> befores() {
    return CallbackRegistry.defaultRegistry().commands().stream().filter(c -> c.direction() == CallbackDirection.BEFORE);
  }

  @Test
  void thereAreTwelveBeforeCallbacks() {
    assertThat(befores()).hasSize(12);
  }

  /** One answer of each kind, built without a command (unchecked). */
  private static Map<Kind, CallbackAnswer> oneOfEachKind() {
    return Map.of(
        Kind.ALLOW, CallbackAnswer.allow(),
        Kind.REJECT, CallbackAnswer.reject(),
        Kind.DROP, CallbackAnswer.drop(),
        Kind.REWRITE, CallbackAnswer.rewrite(MsgBody.text("rewritten"), "{\"k\":1}"),
        Kind.REFUSE_MEMBERS, CallbackAnswer.refuseMembers(List.of("bob")),
        Kind.REFUSE_SUBSCRIBERS, CallbackAnswer.refuseSubscribers(List.of("carol")),
        Kind.FRIEND_RESULTS, CallbackAnswer.friendResults(List.of(FriendResult.allow("id1"),
            FriendResult.refuse("id2", 38001, "not now"))),
        Kind.SIGNAL_DATA, CallbackAnswer.signalData("{\"reply\":\"pong\"}"));
  }

  private static ReceiverFixture.Answer send(CallbackCommand command) {
    JsonObject sample = ReceiverFixture.sample(command.command());
    ReceiverFixture.Answer answer = fixture.post(command.command(), sample);
    assertThat(answer.status()).as(command.command() + ": " + answer.body()).isEqualTo(200);
    return answer;
  }

  @ParameterizedTest
  @MethodSource("befores")
  void everyKindTheCommandTakesIsAnsweredAsBuilt(CallbackCommand command) {
    Set<Kind> takes = TAKES.get(command.decision());
    for (Map.Entry<Kind, CallbackAnswer> e : oneOfEachKind().entrySet()) {
      CallbackAnswer built = e.getValue();
      decision = req -> built;
      JsonObject answer = send(command).json();
      if (takes.contains(e.getKey())) {
        assertThat(answer).as(command.command() + " " + e.getKey()).isEqualTo(built.toJson());
        assertThat(CallbackAnswer.fromJson(answer).kind()).isEqualTo(e.getKey());
      } else {
        // the handler returned a kind the command does not take: FAIL with the default (allow)
        assertThat(answer.getString("ActionStatus")).as(command.command() + " " + e.getKey()).isEqualTo("FAIL");
        assertThat(CallbackAnswer.fromJson(answer).checkFor(command)).isNotNull();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("befores")
  void theRequestRefusesWhatTheCommandDoesNotTake(CallbackCommand command) {
    Set<Kind> takes = TAKES.get(command.decision());
    Map<Kind, Function<CallbackRequest<CallbackEvent>, CallbackAnswer>> viaRequest = Map.of(
        Kind.ALLOW, CallbackRequest::allow,
        Kind.REJECT, CallbackRequest::reject,
        Kind.DROP, CallbackRequest::drop,
        Kind.REWRITE, r -> r.rewrite(MsgBody.text("x"), null),
        Kind.REFUSE_MEMBERS, r -> r.refuseMembers(List.of("bob")),
        Kind.REFUSE_SUBSCRIBERS, r -> r.refuseSubscribers(List.of("carol")),
        Kind.FRIEND_RESULTS, r -> r.friendResults(List.of(FriendResult.allow("id1"))),
        Kind.SIGNAL_DATA, r -> r.signalData("d"));
    for (Map.Entry<Kind, Function<CallbackRequest<CallbackEvent>, CallbackAnswer>> e : viaRequest.entrySet()) {
      Throwable[] thrown = {null};
      decision = req -> {
        try {
          return e.getValue().apply(req);
        } catch (IllegalArgumentException x) {
          thrown[0] = x;
          return req.decide(io.github.vertxtim.callback.CallbackDefault.REJECT);
        }
      };
      send(command);
      assertThat(thrown[0] == null).as(command.command() + " takes " + e.getKey()).isEqualTo(takes.contains(e.getKey()));
    }
  }

  @ParameterizedTest
  @MethodSource("befores")
  void customCodesAreCheckedAgainstTheRowsRange(CallbackCommand command) {
    boolean friend = command.decision() == CallbackDecision.FRIEND_ITEMS;
    Function<Integer, CallbackAnswer> custom = code -> friend
        ? CallbackAnswer.friendResults(List.of(FriendResult.refuse("id1", code, "custom")))
        : CallbackAnswer.reject(code, "custom");
    if (command.customCodeMin() > 0) {
      for (int code : new int[] {command.customCodeMin(), command.customCodeMax()}) {
        CallbackAnswer answer = custom.apply(code).checkFor(command);
        decision = req -> answer;
        JsonObject json = send(command).json();
        assertThat(json).isEqualTo(answer.toJson());
      }
      assertThatThrownBy(() -> custom.apply(command.customCodeMax() + 1).checkFor(command))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the custom range");
      assertThatThrownBy(() -> custom.apply(command.customCodeMin() - 1).checkFor(command))
          .isInstanceOf(IllegalArgumentException.class);
    } else {
      assertThatThrownBy(() -> custom.apply(120001).checkFor(command))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no custom reject codes");
    }
  }

  @Test
  void theMessageDecisionsHaveTheDocumentedShapes() {
    assertThat(CallbackAnswer.allow().toJson()).isEqualTo(new JsonObject("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}"));
    assertThat(CallbackAnswer.reject().toJson().getInteger("ErrorCode")).isEqualTo(1);
    assertThat(CallbackAnswer.drop().toJson().getInteger("ErrorCode")).isEqualTo(2);
    JsonObject rewrite = CallbackAnswer.rewrite(MsgBody.text("hi"), null).toJson();
    assertThat(rewrite.getInteger("ErrorCode")).isZero();
    assertThat(rewrite.getJsonArray("MsgBody").getJsonObject(0).getString("MsgType")).isEqualTo("TIMTextElem");
    assertThat(rewrite.containsKey("CloudCustomData")).isFalse();
    assertThat(CallbackAnswer.refuseMembers(List.of("a")).toJson().getJsonArray("RefusedMembers_Account")).containsExactly("a");
    assertThat(CallbackAnswer.refuseSubscribers(List.of("b")).toJson().getJsonArray("RefusedSubscribers_Account"))
        .containsExactly("b");
    assertThat(CallbackAnswer.signalData("r").toJson().getString("RspData")).isEqualTo("r");
    JsonObject friends = CallbackAnswer.friendResults(List.of(FriendResult.refuse("x", 38000, "no"))).toJson();
    assertThat(friends.getJsonArray("ResultItem").getJsonObject(0))
        .isEqualTo(new JsonObject().put("To_Account", "x").put("ResultCode", 38000).put("ResultInfo", "no"));
    assertThatThrownBy(() -> CallbackAnswer.reject(0, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CallbackAnswer.rewrite(null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(CallbackAnswer.fromJson(rewrite)).isEqualTo(CallbackAnswer.rewrite(MsgBody.text("hi"), null));
  }
}

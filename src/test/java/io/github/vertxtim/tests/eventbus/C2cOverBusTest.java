package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.TimApi;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.c2c.GetRoamMessagesRequest;
import io.github.vertxtim.api.c2c.GetRoamMessagesResult;
import io.github.vertxtim.api.c2c.SendMessageRequest;
import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.api.message.MsgElement;
import io.github.vertxtim.api.message.TextContent;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-to-one family over the event bus: typed requests and answers, message bodies included, survive it. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class C2cOverBusTest {

  private BusFixture fixture;

  @BeforeEach
  void start(Vertx vertx) {
    fixture = BusFixture.start(vertx);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private static Future<GetRoamMessagesResult> talk(TimApi tim) {
    return tim.accounts().importAccounts(new ImportAccountsRequest(List.of(Account.of("ann"), Account.of("ben"))))
        .compose(r -> tim.c2c().sendMessage(SendMessageRequest.of("ben", MsgBody.of(MsgElement.text("over"),
            MsgElement.face(1, "smile"))).withFromAccount("ann")))
        .compose(sent -> tim.c2c().getRoamMessages(GetRoamMessagesRequest.of("ben", "ann", 10, 0, Long.MAX_VALUE / 4)));
  }

  @Test
  void sendAndRoamOverTheBus(Vertx vertx) {
    var options = fixture.adminOptions();
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());
    Promise<GetRoamMessagesResult> result = Promise.promise();
    vertx.getOrCreateContext().runOnContext(v -> talk(bus).onComplete(result));
    GetRoamMessagesResult roam = result.future().await();
    assertThat(roam.isComplete()).isTrue();
    assertThat(roam.messages()).singleElement().satisfies(m -> {
      assertThat(m.fromAccount()).isEqualTo("ann");
      assertThat(m.msgBody()).hasSize(2);
      assertThat(((TextContent) m.msgBody().get(0).msgContent()).text()).isEqualTo("over");
      assertThat(m.msgBody().get(1).msgType()).isEqualTo("TIMFaceElem");
    });
    assertThat(fixture.emulator.state().c2cMessageCount("ann", "ben")).isEqualTo(1);
  }
}

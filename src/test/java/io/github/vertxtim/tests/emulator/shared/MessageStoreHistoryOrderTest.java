package io.github.vertxtim.tests.emulator.shared;

import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.emulator.impl.shared.MessageStore;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MessageStore's history-order walk (time, MsgSeq, arrival; newest first) and its field updates. */
class MessageStoreHistoryOrderTest {

  private final MessageStore store = new MessageStore(new ManualClock(1_000_000));

  private StoredMessage add(long seq, long time, String text) {
    return store.append("c", seq, time, seq * 10, new JsonObject().put("t", text));
  }

  private List<String> walk(int pageSize, long minTime, long maxTime) {
    List<String> out = new ArrayList<>();
    String before = null;
    while (true) {
      MessageStore.Page p = store.pageByTimeNewestFirst("c", before, pageSize, minTime, maxTime, m -> true);
      p.messages().forEach(m -> out.add(m.fields().getString("t")));
      if (p.complete()) {
        return out;
      }
      before = p.messages().get(p.messages().size() - 1).msgKey();
    }
  }

  @Test
  void historyOrderIsTimeThenMsgSeqWhateverTheArrival() {
    add(5, 200, "b");
    add(9, 100, "old import");
    add(2, 200, "a");
    add(1, 300, "c");
    assertThat(walk(1, 0, Long.MAX_VALUE)).containsExactly("c", "b", "a", "old import");
    assertThat(walk(2, 150, 250)).containsExactly("b", "a");
  }

  @Test
  void aWalkNeitherRepeatsNorSkipsWhileMessagesArrive() {
    for (int i = 1; i <= 10; i++) {
      add(i, 100 + i, "m" + i);
    }
    List<String> seen = new ArrayList<>();
    String before = null;
    int arrivals = 0;
    while (true) {
      MessageStore.Page p = store.pageByTimeNewestFirst("c", before, 3, 0, Long.MAX_VALUE, m -> true);
      p.messages().forEach(m -> seen.add(m.fields().getString("t")));
      add(100 + arrivals, 1000 + arrivals, "new" + arrivals++);
      if (p.complete()) {
        break;
      }
      before = p.messages().get(p.messages().size() - 1).msgKey();
    }
    assertThat(seen).containsExactly("m10", "m9", "m8", "m7", "m6", "m5", "m4", "m3", "m2", "m1");
  }

  @Test
  void theFilterDecidesWhatAPageHoldsAndAnUnknownCursorIsRefused() {
    add(1, 100, "keep");
    add(2, 101, "drop");
    MessageStore.Page p = store.pageByTimeNewestFirst("c", null, 10, 0, Long.MAX_VALUE,
        m -> !m.fields().getString("t").equals("drop"));
    assertThat(p.messages()).extracting(m -> m.fields().getString("t")).containsExactly("keep");
    assertThat(p.complete()).isTrue();
    assertThatThrownBy(() -> store.pageByTimeNewestFirst("c", "9_9_9", 1, 0, 1, m -> true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUpdateReplacesFieldsAndKeepsPlaceKeyAndRecall() {
    StoredMessage m = add(1, 100, "draft");
    store.recall("c", m.msgKey());
    StoredMessage changed = store.update("c", m.msgKey(), f -> f.put("t", "final"));
    assertThat(changed.msgKey()).isEqualTo(m.msgKey());
    assertThat(changed.position()).isEqualTo(m.position());
    assertThat(changed.recalled()).isTrue();
    assertThat(store.find("c", m.msgKey()).fields().getString("t")).isEqualTo("final");
    assertThat(store.update("c", "1_1_1", f -> f)).isNull();
    assertThat(store.update("nowhere", m.msgKey(), f -> f)).isNull();
  }
}

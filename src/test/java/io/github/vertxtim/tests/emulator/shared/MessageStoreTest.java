package io.github.vertxtim.tests.emulator.shared;

import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.emulator.impl.shared.MessageStore;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-conversation messages: sequence numbers, keys, recall, and paging that neither duplicates nor skips. */
class MessageStoreTest {

  private static final String CONVERSATION = "c2c:alice:bob";

  private final ManualClock clock = new ManualClock(1_700_000_000_000L);
  private final MessageStore store = new MessageStore(clock);

  @Test
  void appendAssignsSeqTimeAndKey() {
    StoredMessage first = store.append(CONVERSATION, null, null, 4_294_967_295L, new JsonObject().put("n", 1));
    clock.advance(Duration.ofSeconds(5));
    StoredMessage second = store.append(CONVERSATION, null, null, 7, null);
    assertThat(first.msgSeq()).isEqualTo(1);
    assertThat(second.msgSeq()).isEqualTo(2);
    assertThat(first.msgTime()).isEqualTo(1_700_000_000L);
    assertThat(second.msgTime()).isEqualTo(1_700_000_005L);
    assertThat(first.msgKey()).isEqualTo("1_4294967295_1700000000");
    assertThat(store.find(CONVERSATION, first.msgKey())).isEqualTo(first);
    assertThat(store.find(CONVERSATION, "nope")).isNull();
    assertThat(store.find("other", first.msgKey())).isNull();
    assertThat(store.size(CONVERSATION)).isEqualTo(2);
  }

  @Test
  void aSuppliedSeqAndTimeAreKeptAndTheSameKeyIsStoredOnce() {
    StoredMessage imported = store.append(CONVERSATION, 900L, 1_600_000_000L, 5, new JsonObject());
    StoredMessage again = store.append(CONVERSATION, 900L, 1_600_000_000L, 5, new JsonObject().put("x", 1));
    assertThat(imported.msgSeq()).isEqualTo(900);
    assertThat(imported.msgTime()).isEqualTo(1_600_000_000L);
    assertThat(again).isEqualTo(imported);
    assertThat(store.size(CONVERSATION)).isEqualTo(1);
  }

  @Test
  void theStoredFieldsAreACopy() {
    JsonObject fields = new JsonObject().put("Text", "hi");
    StoredMessage m = store.append(CONVERSATION, null, null, 1, fields);
    fields.put("Text", "changed");
    assertThat(store.find(CONVERSATION, m.msgKey()).fields().getString("Text")).isEqualTo("hi");
  }

  @Test
  void recallMarksOnceAndKeepsThePlace() {
    StoredMessage m = store.append(CONVERSATION, null, null, 1, null);
    store.append(CONVERSATION, null, null, 2, null);
    assertThat(store.recall(CONVERSATION, m.msgKey())).isEqualTo(MessageStore.Recall.RECALLED);
    assertThat(store.recall(CONVERSATION, m.msgKey())).isEqualTo(MessageStore.Recall.ALREADY_RECALLED);
    assertThat(store.recall(CONVERSATION, "1_9_9")).isEqualTo(MessageStore.Recall.NOT_FOUND);
    assertThat(store.recall("other", m.msgKey())).isEqualTo(MessageStore.Recall.NOT_FOUND);
    MessageStore.Page page = store.pageForward(CONVERSATION, MessageStore.OLDEST, 10, 0, Long.MAX_VALUE);
    assertThat(page.messages()).extracting(StoredMessage::recalled).containsExactly(true, false);
  }

  @Test
  void pagesByTimeInBothDirections() {
    for (int i = 0; i < 10; i++) {
      store.append(CONVERSATION, null, null, i, null);
      clock.advance(Duration.ofSeconds(1));
    }
    long t0 = 1_700_000_000L;
    MessageStore.Page forward = store.pageForward(CONVERSATION, MessageStore.OLDEST, 3, t0 + 2, t0 + 6);
    assertThat(forward.messages()).extracting(StoredMessage::msgSeq).containsExactly(3L, 4L, 5L);
    assertThat(forward.complete()).isFalse();
    MessageStore.Page rest = store.pageForward(CONVERSATION, forward.next(), 3, t0 + 2, t0 + 6);
    assertThat(rest.messages()).extracting(StoredMessage::msgSeq).containsExactly(6L, 7L);
    assertThat(rest.complete()).isTrue();

    MessageStore.Page backward = store.pageBackward(CONVERSATION, MessageStore.NEWEST, 4, t0, t0 + 9);
    assertThat(backward.messages()).extracting(StoredMessage::msgSeq).containsExactly(10L, 9L, 8L, 7L);
    MessageStore.Page older = store.pageBackward(CONVERSATION, backward.next(), 100, t0, t0 + 9);
    assertThat(older.messages()).extracting(StoredMessage::msgSeq).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
    assertThat(older.complete()).isTrue();
    assertThat(store.pageBackward("empty", MessageStore.NEWEST, 5, 0, Long.MAX_VALUE).messages()).isEmpty();
  }

  @Test
  void pagingWhileMessagesArriveNeitherDuplicatesNorSkips() throws Exception {
    int before = 2_000;
    int during = 4_000;
    int writers = 4;
    for (int i = 0; i < before; i++) {
      store.append(CONVERSATION, null, null, i, null);
    }
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<CompletableFuture<Void>> appends = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        appends.add(CompletableFuture.runAsync(() -> {
          for (int i = 0; i < during / writers; i++) {
            store.append(CONVERSATION, null, null, 1_000_000L * (writer + 1) + i, null);
          }
        }, pool));
      }
      // a backward walk started now sees exactly what was there when it started, newest first
      List<Long> backward = new ArrayList<>();
      MessageStore.Page page = store.pageBackward(CONVERSATION, MessageStore.NEWEST, 7, 0, Long.MAX_VALUE);
      long startedBelow = page.messages().isEmpty() ? 0 : page.messages().get(0).position();
      backward.addAll(positions(page));
      while (!page.complete()) {
        page = store.pageBackward(CONVERSATION, page.next(), 7, 0, Long.MAX_VALUE);
        backward.addAll(positions(page));
      }
      assertThat(startedBelow).isGreaterThanOrEqualTo(before);
      assertThat(backward).hasSize((int) startedBelow);
      for (int i = 0; i < backward.size(); i++) {
        assertThat(backward.get(i)).isEqualTo(startedBelow - i);
      }

      // a forward walk that keeps going until the writers are done and the walk has caught up
      List<Long> forward = new ArrayList<>();
      long cursor = MessageStore.OLDEST;
      CompletableFuture<Void> done = CompletableFuture.allOf(appends.toArray(CompletableFuture[]::new));
      while (true) {
        boolean writersDone = done.isDone();
        MessageStore.Page p = store.pageForward(CONVERSATION, cursor, 13, 0, Long.MAX_VALUE);
        forward.addAll(positions(p));
        cursor = p.next();
        if (p.complete() && writersDone) {
          break;
        }
      }
      done.get(5, TimeUnit.SECONDS);
      assertThat(forward).hasSize(before + during);
      for (int i = 0; i < forward.size(); i++) {
        assertThat(forward.get(i)).isEqualTo(i + 1L);
      }
      assertThat(store.size(CONVERSATION)).isEqualTo(before + during);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Long> positions(MessageStore.Page page) {
    return page.messages().stream().map(StoredMessage::position).toList();
  }
}

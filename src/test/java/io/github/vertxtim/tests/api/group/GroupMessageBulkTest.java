package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.api.group.GetGroupMsgSimpleResult.GroupMsg;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batchable group-message endpoints through {@code client.bulk}, chunked by the registry's item limits alone:
 * import_group_msg (MsgList, 7 per call) and group_msg_recall (MsgSeqList, 10 per call).
 */
class GroupMessageBulkTest extends GroupMessageTestBase {

  private BulkSummary run(String command, List<JsonObject> items, JsonObject template) {
    Promise<BulkJob<JsonObject>> started = Promise.promise();
    vertx.runOnContext(v -> started.complete(client.bulk("group_open_http_svc", command, items,
        new BulkOptions().setTemplate(template).setMaxInFlight(1))));
    return await(() -> started.future().compose(BulkJob::summary));
  }

  @Test
  void importsAndRecallsAreChunkedByTheRegistryLimits() {
    String g = group("Public", "alice");
    long now = System.currentTimeMillis() / 1000;
    List<JsonObject> msgs = IntStream.range(0, 15).mapToObj(i -> new JsonObject().put("From_Account", "alice")
        .put("SendTime", now).put("Random", i).put("MsgBody", new JsonArray().add(new JsonObject()
            .put("MsgType", "TIMTextElem").put("MsgContent", new JsonObject().put("Text", "m" + i))))).toList();
    BulkSummary imported = run("import_group_msg", msgs, new JsonObject().put("GroupId", g));
    assertThat(imported.items()).isEqualTo(15);
    assertThat(imported.calls()).isEqualTo(3); // 7 + 7 + 1
    assertThat(state().groupMessageCount(g)).isEqualTo(15);

    List<JsonObject> seqs = IntStream.rangeClosed(1, 12).mapToObj(s -> new JsonObject().put("MsgSeq", s)).toList();
    BulkSummary recalled = run("group_msg_recall", seqs, new JsonObject().put("GroupId", g));
    assertThat(recalled.calls()).isEqualTo(2); // 10 + 2
    assertThat(IntStream.rangeClosed(1, 12).allMatch(s -> state().groupMessageRecalled(g, s))).isTrue();
    assertThat(history(g, 20).rspMsgList()).extracting(GroupMsg::msgSeq).containsExactly(15L, 14L, 13L);
  }
}

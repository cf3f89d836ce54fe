package io.github.vertxtim.emulator.impl.sns;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.impl.shared.Accounts;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import static io.github.vertxtim.emulator.impl.sns.SnsRequests.INVALID;
import static io.github.vertxtim.emulator.impl.sns.SnsRequests.item;
import static io.github.vertxtim.emulator.impl.sns.SnsRequests.results;

/**
 * Blocklists: black_list_add, black_list_delete, black_list_get and black_list_check. Blocking a user ends the
 * friendship on both sides; while blocked, friend_add answers 30515 / 30525 and a one-to-one message to the
 * blocking user 20007 (the check {@link SnsState#install} puts on the message hooks).
 */
public final class BlocklistHandlers {

  private final SnsState state;
  private final SnsRequests requests;
  private final EmulatorClock clock;
  private final ToLongFunction<EmulatorLimit> limits;

  public BlocklistHandlers(SnsState state, Accounts accounts, EmulatorClock clock,
                           ToLongFunction<EmulatorLimit> limits) {
    this.state = state;
    this.requests = new SnsRequests(accounts);
    this.clock = clock;
    this.limits = limits;
  }

  public void install(HandlerTable table) {
    table.handle("sns/black_list_add", this::blackListAdd);
    table.handle("sns/black_list_delete", this::blackListDelete);
    table.handle("sns/black_list_get", this::blackListGet);
    table.handle("sns/black_list_check", this::blackListCheck);
  }

  /**
   * {@code {"From_Account","To_Account":[…]}} (https://www.tencentcloud.com/document/product/1047/34911) → {@code ResultItem}, {@code Fail_Account}. Per item:
   * 30001 oneself or already blocked, 30003 not imported, 30013 the blocklist limit.
   */
  JsonObject blackListAdd(JsonObject body) {
    String from = requests.from(body);
    JsonArray to = SnsRequests.array(body, "To_Account");
    long limit = limits.applyAsLong(EmulatorLimit.BLOCKLIST_COUNT);
    JsonArray out = new JsonArray();
    for (Object peer : to) {
      out.add(state.locked(() -> {
        int problem = requests.targetProblem(peer);
        if (problem != 0) {
          return item(peer, problem, SnsRequests.problemInfo(problem));
        }
        if (from.equals(peer)) {
          return item(peer, INVALID, "cannot blocklist oneself");
        }
        SnsUser a = state.user(from);
        if (a.blocklist.containsKey(peer)) {
          return item(peer, INVALID, "already on the blocklist");
        }
        if (a.blocklist.size() >= limit) {
          return item(peer, TimErrorCode.SNS_BLOCKLIST_LIMIT.code(), "the blocklist limit (" + limit
              + ") is reached");
        }
        a.blocklist.put((String) peer, clock.seconds());
        a.blocklistSequence++;
        state.unfriend(from, (String) peer);
        state.unfriend((String) peer, from);
        return item(peer, 0, "");
      }));
    }
    return results(out);
  }

  /** {@code {"From_Account","To_Account":[…]}} (https://www.tencentcloud.com/document/product/1047/34912): per item 30001 not on the blocklist, 30003 not imported. */
  JsonObject blackListDelete(JsonObject body) {
    String from = requests.from(body);
    JsonArray to = SnsRequests.array(body, "To_Account");
    JsonArray out = new JsonArray();
    for (Object peer : to) {
      out.add(state.locked(() -> {
        int problem = requests.targetProblem(peer);
        if (problem != 0) {
          return item(peer, problem, SnsRequests.problemInfo(problem));
        }
        SnsUser a = state.peek(from);
        if (a == null || a.blocklist.remove(peer) == null) {
          return item(peer, INVALID, "not on the blocklist");
        }
        a.blocklistSequence++;
        return item(peer, 0, "");
      }));
    }
    return results(out);
  }

  /**
   * {@code {"From_Account","StartIndex","MaxLimited","LastSequence"}} (https://www.tencentcloud.com/document/product/1047/34914) → {@code BlackListItem
   * [{To_Account,AddBlackTimeStamp}]} in blocking order, {@code StartIndex} of the next page (0 after the last)
   * and {@code CurruentSequence} (the page's spelling). MaxLimited is required and at least 1 (30001).
   */
  JsonObject blackListGet(JsonObject body) {
    String from = requests.from(body);
    long start = Fields.optionalInteger(body, "StartIndex", 0, 0, Integer.MAX_VALUE, INVALID);
    if (!body.containsKey("MaxLimited")) {
      throw new EmulatorError(INVALID, "MaxLimited is required");
    }
    long max = Fields.optionalInteger(body, "MaxLimited", 0, 1, Integer.MAX_VALUE, INVALID);
    Fields.optionalInteger(body, "LastSequence", 0, 0, Long.MAX_VALUE, INVALID);
    return state.locked(() -> {
      SnsUser a = state.peek(from);
      List<Map.Entry<String, Long>> all = a == null ? List.of() : new ArrayList<>(a.blocklist.entrySet());
      long end = Math.min(all.size(), start + max);
      JsonArray page = new JsonArray();
      for (int k = (int) Math.min(start, all.size()); k < end; k++) {
        page.add(new JsonObject().put("To_Account", all.get(k).getKey())
            .put("AddBlackTimeStamp", all.get(k).getValue()));
      }
      return new JsonObject().put("BlackListItem", page).put("StartIndex", end >= all.size() ? 0 : end)
          .put("CurruentSequence", a == null ? 0 : a.blocklistSequence);
    });
  }

  /**
   * {@code {"From_Account","To_Account":[…],"CheckType"}} (https://www.tencentcloud.com/document/product/1047/34913) → {@code BlackListCheckItem[{To_Account,
   * Relation,ResultCode,ResultInfo}]}, {@code Fail_Account}. BlackCheckResult_Type_Single: AWithB (From_Account
   * blocked B) or NO; BlackCheckResult_Type_Both: BothWay, AWithB, BWithA or NO.
   */
  JsonObject blackListCheck(JsonObject body) {
    String from = requests.from(body);
    JsonArray to = SnsRequests.array(body, "To_Account");
    boolean both = SnsRequests.choice(body, "CheckType", null, "BlackCheckResult_Type_Single",
        "BlackCheckResult_Type_Both").endsWith("Both");
    JsonArray out = new JsonArray();
    JsonArray failed = new JsonArray();
    for (Object peer : to) {
      int problem = requests.targetProblem(peer);
      if (problem != 0) {
        out.add(item(peer, problem, SnsRequests.problemInfo(problem)).put("Relation", ""));
        failed.add(Fields.label(peer));
        continue;
      }
      boolean ab = state.blocks(from, (String) peer);
      boolean ba = both && state.blocks((String) peer, from);
      out.add(item(peer, 0, "").put("Relation",
          "BlackCheckResult_Type_" + (ab && ba ? "BothWay" : ab ? "AWithB" : ba ? "BWithA" : "NO")));
    }
    return new JsonObject().put("BlackListCheckItem", out).put("Fail_Account", failed);
  }
}

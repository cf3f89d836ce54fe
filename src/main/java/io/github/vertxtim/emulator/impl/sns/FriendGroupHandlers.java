package io.github.vertxtim.emulator.impl.sns;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.impl.shared.Accounts;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

import static io.github.vertxtim.emulator.impl.sns.SnsRequests.INVALID;
import static io.github.vertxtim.emulator.impl.sns.SnsRequests.item;
import static io.github.vertxtim.emulator.impl.sns.SnsRequests.results;

/**
 * Friend lists (the relationship chain's "groups"): sns/group_add, sns/group_delete and sns/group_get. A list's
 * members are friends of its owner (a list is the friend field Tag_SNS_IM_Group); names are 1 to 30 bytes, at most
 * 32 lists per user (https://tencentcloud.com/document/product/1047/33521).
 */
public final class FriendGroupHandlers {

  private final SnsState state;
  private final SnsRequests requests;
  private final ToLongFunction<EmulatorLimit> limits;

  public FriendGroupHandlers(SnsState state, Accounts accounts, ToLongFunction<EmulatorLimit> limits) {
    this.state = state;
    this.requests = new SnsRequests(accounts);
    this.limits = limits;
  }

  public void install(HandlerTable table) {
    table.handle("sns/group_add", this::groupAdd);
    table.handle("sns/group_delete", this::groupDelete);
    table.handle("sns/group_get", this::groupGet);
  }

  /**
   * {@code {"From_Account","GroupName":[…],"To_Account":[…]}} (https://www.tencentcloud.com/document/product/1047/34950): makes the lists (30001 for a bad or
   * existing name, 30011 past the list limit, nothing made then) and puts each given friend in all of them. Per
   * To_Account item: 30001 not a friend, 30003 not imported. Answers {@code ResultItem}, {@code Fail_Account},
   * {@code CurrentSequence}.
   */
  JsonObject groupAdd(JsonObject body) {
    String from = requests.from(body);
    Set<String> names = names(body);
    Object toValue = body.getValue("To_Account");
    if (toValue != null && !(toValue instanceof JsonArray)) {
      throw new EmulatorError(INVALID, "To_Account must be an array");
    }
    JsonArray to = toValue == null ? new JsonArray() : (JsonArray) toValue;
    return state.locked(() -> {
      SnsUser a = state.user(from);
      for (String n : names) {
        if (a.friendGroups.contains(n)) {
          throw new EmulatorError(INVALID, "the friend list " + n + " already exists");
        }
      }
      long limit = limits.applyAsLong(EmulatorLimit.FRIEND_GROUP_COUNT);
      if (a.friendGroups.size() + names.size() > limit) {
        throw new EmulatorError(TimErrorCode.SNS_FRIEND_LIST_LIMIT.code(), "at most " + limit + " friend lists");
      }
      a.friendGroups.addAll(names);
      a.groupSequence++;
      JsonArray out = new JsonArray();
      for (Object peer : to) {
        int problem = requests.targetProblem(peer);
        Friend f = problem == 0 ? a.friends.get(peer) : null;
        if (problem != 0) {
          out.add(item(peer, problem, SnsRequests.problemInfo(problem)));
        } else if (f == null) {
          out.add(item(peer, INVALID, "not a friend"));
        } else {
          f.groups.addAll(names);
          a.standardSequence++;
          out.add(item(peer, 0, ""));
        }
      }
      return results(out).put("CurrentSequence", a.groupSequence);
    });
  }

  /**
   * {@code {"From_Account","GroupName":[…]}} (https://www.tencentcloud.com/document/product/1047/34926): removes the lists (30001 when one does not exist, nothing
   * removed then) and takes them off every friend; the friends stay friends. Answers {@code CurrentSequence}.
   */
  JsonObject groupDelete(JsonObject body) {
    String from = requests.from(body);
    Set<String> names = names(body);
    return state.locked(() -> {
      SnsUser a = state.user(from);
      for (String n : names) {
        if (!a.friendGroups.contains(n)) {
          throw new EmulatorError(INVALID, "no friend list " + n);
        }
      }
      a.friendGroups.removeAll(names);
      a.groupSequence++;
      for (Friend f : a.friends.values()) {
        if (f.groups.removeAll(names)) {
          a.standardSequence++;
        }
      }
      return new JsonObject().put("CurrentSequence", a.groupSequence);
    });
  }

  /**
   * {@code {"From_Account","NeedFriend","GroupName":[…]}} (https://www.tencentcloud.com/document/product/1047/40123) → {@code ResultItem[{GroupName,FriendNumber,
   * To_Account}]} (To_Account with NeedFriend {@code Need_Friend_Type_Yes}), all lists or the named existing ones,
   * and {@code CurrentSequence}.
   */
  JsonObject groupGet(JsonObject body) {
    String from = requests.from(body);
    boolean needFriend = "Need_Friend_Type_Yes".equals(body.getValue("NeedFriend"));
    Set<String> only = body.containsKey("GroupName") ? names(body) : null;
    return state.locked(() -> {
      SnsUser a = state.peek(from);
      JsonArray out = new JsonArray();
      List<String> groups = a == null ? List.of() : List.copyOf(a.friendGroups);
      for (String g : groups) {
        if (only != null && !only.contains(g)) {
          continue;
        }
        JsonArray members = new JsonArray();
        a.friends.values().stream().filter(f -> f.groups.contains(g)).forEach(f -> members.add(f.userId));
        JsonObject r = new JsonObject().put("GroupName", g).put("FriendNumber", members.size());
        out.add(needFriend ? r.put("To_Account", members) : r);
      }
      return new JsonObject().put("ResultItem", out).put("CurrentSequence", a == null ? 0 : a.groupSequence);
    });
  }

  private static Set<String> names(JsonObject body) {
    JsonArray a = SnsRequests.array(body, "GroupName");
    Set<String> names = new LinkedHashSet<>();
    for (Object n : a) {
      String bad = FriendFields.groupNameProblem(n);
      if (bad != null) {
        throw new EmulatorError(INVALID, "GroupName: " + bad);
      }
      names.add((String) n);
    }
    return names;
  }
}

package io.github.vertxtim.emulator.impl.sns;

import io.github.vertxtim.emulator.EmulatorFeature;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.impl.account.AccountState;
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
 * Follows: follow_add, follow_delete, follow_check, follow_get and follow_get_info (https://www.tencentcloud.com/document/product/1047/70345 … https://www.tencentcloud.com/document/product/1047/70350), a console
 * feature ({@link EmulatorFeature#FOLLOW}: 30005 while off). Following is one-way; two users who follow each other
 * are mutual. Per-request caps (20 / 20 / 100 / 20 accounts) come from the registry.
 */
public final class FollowHandlers {

  /** The page's default page size. */
  static final int DEFAULT_WANT_NUM = 100;
  /** The page's largest page. */
  static final int MAX_WANT_NUM = 1000;

  private final SnsState state;
  private final AccountState accounts;
  private final SnsRequests requests;
  private final EmulatorClock clock;
  private final ToLongFunction<EmulatorLimit> limits;

  public FollowHandlers(SnsState state, AccountState accounts, EmulatorClock clock,
                        ToLongFunction<EmulatorLimit> limits) {
    this.state = state;
    this.accounts = accounts;
    this.requests = new SnsRequests(accounts);
    this.clock = clock;
    this.limits = limits;
  }

  public void install(HandlerTable table) {
    table.handle("follow/follow_add", EmulatorFeature.FOLLOW, this::followAdd);
    table.handle("follow/follow_delete", EmulatorFeature.FOLLOW, this::followDelete);
    table.handle("follow/follow_check", EmulatorFeature.FOLLOW, this::followCheck);
    table.handle("follow/follow_get", EmulatorFeature.FOLLOW, this::followGet);
    table.handle("follow/follow_get_info", EmulatorFeature.FOLLOW, this::followGetInfo);
  }

  /**
   * {@code {"From_Account","FollowItem":[{"To_Account"}]}} → {@code ResultItem}, {@code Fail_Account}. Per item:
   * 30001 oneself or past the following limit (5,000), 30003 not imported; following someone already followed is
   * a success that changes nothing.
   */
  JsonObject followAdd(JsonObject body) {
    String from = requests.from(body);
    JsonArray items = SnsRequests.array(body, "FollowItem");
    long limit = limits.applyAsLong(EmulatorLimit.FOLLOWING_COUNT);
    JsonArray out = new JsonArray();
    for (Object o : items) {
      Object peer = o instanceof JsonObject i ? i.getValue("To_Account") : null;
      out.add(state.locked(() -> {
        int problem = requests.targetProblem(peer);
        if (problem != 0) {
          return item(peer, problem, SnsRequests.problemInfo(problem));
        }
        if (from.equals(peer)) {
          return item(peer, INVALID, "cannot follow oneself");
        }
        SnsUser a = state.user(from);
        if (a.following.containsKey(peer)) {
          return item(peer, 0, "");
        }
        if (a.following.size() >= limit) {
          return item(peer, INVALID, "at most " + limit + " followed users");
        }
        long now = clock.seconds();
        a.following.put((String) peer, now);
        state.user((String) peer).followers.put(from, now);
        return item(peer, 0, "");
      }));
    }
    return results(out);
  }

  /**
   * {@code {"From_Account","To_Account":[…]}} → {@code ResultItem}, {@code Fail_Account}; per item 30003 not
   * imported; unfollowing someone not followed is a success that changes nothing.
   */
  JsonObject followDelete(JsonObject body) {
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
        if (a != null && a.following.remove(peer) != null) {
          state.user((String) peer).followers.remove(from);
          state.tidy((String) peer);
          state.tidy(from);
        }
        return item(peer, 0, "");
      }));
    }
    return results(out);
  }

  /**
   * {@code {"From_Account","To_Account":[…]}} → {@code ResultItem[{To_Account,ResultCode,ResultInfo,FollowType}]}:
   * 0 neither follows, 1 To_Account follows From_Account, 2 From_Account follows To_Account, 3 both.
   */
  JsonObject followCheck(JsonObject body) {
    String from = requests.from(body);
    JsonArray to = SnsRequests.array(body, "To_Account");
    JsonArray out = new JsonArray();
    for (Object peer : to) {
      int problem = requests.targetProblem(peer);
      if (problem != 0) {
        out.add(item(peer, problem, SnsRequests.problemInfo(problem)));
        continue;
      }
      int type = state.locked(() -> {
        SnsUser a = state.peek(from);
        boolean following = a != null && a.following.containsKey(peer);
        boolean followedBy = a != null && a.followers.containsKey(peer);
        return (following ? 2 : 0) + (followedBy ? 1 : 0);
      });
      out.add(item(peer, 0, "").put("FollowType", type));
    }
    return new JsonObject().put("ResultItem", out);
  }

  /**
   * {@code {"From_Account","FollowType","StartCursor","WantNum"}} → {@code FollowItem[{To_Account,FollowTime,
   * ProfileItem}]} and {@code NextCursor} (empty after the last page). FollowType 1 followers, 2 followed users,
   * 3 mutual; WantNum 1 to 1000, 100 when absent (30001 otherwise); StartCursor is empty or a NextCursor of this
   * emulator (30001 otherwise).
   */
  JsonObject followGet(JsonObject body) {
    String from = requests.from(body);
    long type = Fields.optionalInteger(body, "FollowType", -1, 1, 3, INVALID);
    if (type < 0) {
      throw new EmulatorError(INVALID, "FollowType is required: 1, 2 or 3");
    }
    long want = Fields.optionalInteger(body, "WantNum", DEFAULT_WANT_NUM, 1, MAX_WANT_NUM, INVALID);
    int start = cursor(body.getValue("StartCursor"));
    List<Map.Entry<String, Long>> all = state.locked(() -> {
      SnsUser a = state.peek(from);
      if (a == null) {
        return List.<Map.Entry<String, Long>>of();
      }
      List<Map.Entry<String, Long>> list = new ArrayList<>();
      Map<String, Long> source = type == 1 ? a.followers : a.following;
      for (Map.Entry<String, Long> e : source.entrySet()) {
        if (type != 3 || a.followers.containsKey(e.getKey())) {
          list.add(Map.entry(e.getKey(), type == 3 ? Math.max(e.getValue(), a.followers.get(e.getKey()))
              : e.getValue()));
        }
      }
      return list;
    });
    int end = (int) Math.min(all.size(), start + want);
    JsonArray page = new JsonArray();
    for (int k = Math.min(start, all.size()); k < end; k++) {
      String user = all.get(k).getKey();
      JsonArray profile = new JsonArray();
      Map<String, Object> p = accounts.profile(user);
      if (p != null) {
        p.forEach((tag, value) -> profile.add(new JsonObject().put("Tag", tag).put("Value", value)));
      }
      page.add(new JsonObject().put("To_Account", user).put("FollowTime", all.get(k).getValue())
          .put("ProfileItem", profile));
    }
    return new JsonObject().put("FollowItem", page).put("NextCursor", end >= all.size() ? "" : String.valueOf(end));
  }

  /**
   * {@code {"From_Account","To_Account":[…]}} → {@code FollowInfo[{To_Account,FollowerCount,FollowingCount,
   * MutualFollowingCount,ResultCode,ResultInfo}]}; per item 30003 not imported.
   */
  JsonObject followGetInfo(JsonObject body) {
    requests.from(body);
    JsonArray to = SnsRequests.array(body, "To_Account");
    JsonArray out = new JsonArray();
    for (Object peer : to) {
      int problem = requests.targetProblem(peer);
      if (problem != 0) {
        out.add(item(peer, problem, SnsRequests.problemInfo(problem)));
        continue;
      }
      out.add(state.locked(() -> {
        SnsUser u = state.peek((String) peer);
        long followers = u == null ? 0 : u.followers.size();
        long following = u == null ? 0 : u.following.size();
        long mutual = u == null ? 0 : u.following.keySet().stream().filter(u.followers::containsKey).count();
        return item(peer, 0, "").put("FollowerCount", followers).put("FollowingCount", following)
            .put("MutualFollowingCount", mutual);
      }));
    }
    return new JsonObject().put("FollowInfo", out);
  }

  /** The position a StartCursor names: 0 for an empty or absent one, else the decimal NextCursor we gave. */
  private static int cursor(Object v) {
    if (v == null || "".equals(v)) {
      return 0;
    }
    if (v instanceof String s && s.length() <= 9 && s.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(s);
    }
    throw new EmulatorError(INVALID, "StartCursor must be empty or a NextCursor of an earlier answer");
  }
}

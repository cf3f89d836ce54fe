package io.github.vertxtim.emulator.impl.sns;

import io.github.vertxtim.TimErrorCode;
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
import java.util.Set;
import java.util.function.ToLongFunction;

import static io.github.vertxtim.emulator.impl.sns.SnsRequests.INVALID;
import static io.github.vertxtim.emulator.impl.sns.SnsRequests.item;
import static io.github.vertxtim.emulator.impl.sns.SnsRequests.results;

/**
 * Friends: friend_add, friend_import, friend_update, friend_delete, friend_delete_all, friend_check, friend_get
 * and friend_get_list, on one graph ({@link SnsState}). Whole-request problems (From_Account, a bad AddType,
 * DeleteType or CheckType) fail with their code; per-friend problems are answered in {@code ResultItem} /
 * {@code InfoItem} with the account in {@code Fail_Account}, as the pages document (https://trtc.io/document/34902,
 * https://trtc.io/document/34903).
 */
public final class FriendHandlers {

  /** Friends per friend_get page (the page gives no figure). */
  static final int FRIEND_PAGE = 100;
  private static final String ALLOW_TYPE = "Tag_Profile_IM_AllowType";
  private static final String ADMIN_FORBID_TYPE = "Tag_Profile_IM_AdminForbidType";

  private final SnsState state;
  private final AccountState accounts;
  private final SnsRequests requests;
  private final EmulatorClock clock;
  private final ToLongFunction<EmulatorLimit> limits;

  public FriendHandlers(SnsState state, AccountState accounts, EmulatorClock clock,
                        ToLongFunction<EmulatorLimit> limits) {
    this.state = state;
    this.accounts = accounts;
    this.requests = new SnsRequests(accounts);
    this.clock = clock;
    this.limits = limits;
  }

  public void install(HandlerTable table) {
    table.handle("sns/friend_add", this::friendAdd);
    table.handle("sns/friend_import", this::friendImport);
    table.handle("sns/friend_update", this::friendUpdate);
    table.handle("sns/friend_delete", this::friendDelete);
    table.handle("sns/friend_delete_all", this::friendDeleteAll);
    table.handle("sns/friend_check", this::friendCheck);
    table.handle("sns/friend_get", this::friendGet);
    table.handle("sns/friend_get_list", this::friendGetList);
  }

  /**
   * {@code AddFriendItem[{To_Account,Remark,GroupName,AddSource,AddWording}]}, {@code AddType} (Add_Type_Both,
   * the default, or Add_Type_Single) and {@code ForceAddFlags} (1 skips the peer's AllowType). Per item, in this
   * order: 30003 not imported, 30001 bad fields or oneself, 30009 the sender is forbidden to add friends
   * (AdminForbid_Type_SendOut), 30515 the peer is on the sender's blocklist, 30525 the sender is on the peer's,
   * 30001 already a friend, 30516 the peer denies adds (AllowType_Type_DenyAny), 30539 the peer must confirm
   * (AllowType_Type_NeedConfirm, the default; no friendship is made), 30010 / 30014 the sender's / peer's friend
   * limit, 30011 the friend-list limit.
   */
  JsonObject friendAdd(JsonObject body) {
    String from = requests.from(body);
    JsonArray items = SnsRequests.array(body, "AddFriendItem");
    boolean both = SnsRequests.choice(body, "AddType", "Add_Type_Both", "Add_Type_Both", "Add_Type_Single")
        .equals("Add_Type_Both");
    boolean force = Fields.optionalInteger(body, "ForceAddFlags", 0, 0, 1, INVALID) == 1;
    boolean forbidden = "AdminForbid_Type_SendOut".equals(profileValue(from, ADMIN_FORBID_TYPE));
    JsonArray out = new JsonArray();
    for (Object o : items) {
      JsonObject i = o instanceof JsonObject j ? j : new JsonObject();
      Object to = i.getValue("To_Account");
      out.add(state.locked(() -> addOne(from, to, i, both, force, forbidden)));
    }
    return results(out);
  }

  private JsonObject addOne(String from, Object to, JsonObject i, boolean both, boolean force, boolean forbidden) {
    int problem = requests.targetProblem(to);
    if (problem != 0) {
      return item(to, problem, SnsRequests.problemInfo(problem));
    }
    String peer = (String) to;
    String bad = fieldsProblem(i, false);
    if (bad != null || peer.equals(from)) {
      return item(to, INVALID, bad != null ? bad : "cannot add oneself as a friend");
    }
    if (forbidden) {
      return item(to, TimErrorCode.SNS_ADD_FORBIDDEN.code(), "the sender is forbidden to add friends");
    }
    SnsUser a = state.user(from);
    SnsUser b = state.user(peer);
    if (a.blocklist.containsKey(peer)) {
      return item(to, TimErrorCode.SNS_PEER_BLOCKLISTED.code(), "the peer is on your blocklist");
    }
    if (b.blocklist.containsKey(from)) {
      return item(to, TimErrorCode.SNS_BLOCKLISTED_BY_PEER.code(), "you are on the peer's blocklist");
    }
    if (a.friends.containsKey(peer)) {
      return item(to, INVALID, "already a friend");
    }
    if (!force) {
      Object allow = profileValue(peer, ALLOW_TYPE);
      if ("AllowType_Type_DenyAny".equals(allow)) {
        return item(to, TimErrorCode.SNS_PEER_FORBIDS_ADD.code(), "the peer does not allow friend requests");
      }
      if (!"AllowType_Type_AllowAny".equals(allow)) {
        return item(to, TimErrorCode.SNS_PENDING_CONFIRMATION.code(), "waiting for the peer to confirm");
      }
    }
    long limit = limits.applyAsLong(EmulatorLimit.FRIEND_COUNT);
    if (a.friends.size() >= limit) {
      return item(to, TimErrorCode.SNS_OWN_FRIEND_LIMIT.code(), "your friend limit (" + limit + ") is reached");
    }
    if (both && !b.friends.containsKey(from) && b.friends.size() >= limit) {
      return item(to, TimErrorCode.SNS_PEER_FRIEND_LIMIT.code(), "the peer's friend limit (" + limit
          + ") is reached");
    }
    Set<String> groups = FriendFields.groupNames(i.getValue("GroupName") == null ? new JsonArray()
        : i.getValue("GroupName"));
    if (!makeGroups(a, groups)) {
      return item(to, TimErrorCode.SNS_FRIEND_LIST_LIMIT.code(), "the friend-list limit is reached");
    }
    Friend f = befriend(a, peer, i.getString("AddSource"));
    f.remark = i.getString("Remark", "");
    f.addWording = i.getString("AddWording", "");
    f.groups.addAll(groups);
    if (both && !b.friends.containsKey(from)) {
      befriend(b, from, i.getString("AddSource"));
    }
    return item(to, 0, "");
  }

  /**
   * {@code AddFriendItem[{To_Account,Remark,RemarkTime,GroupName[],AddSource,AddWording,AddTime,CustomItem[]}]}
   * (https://trtc.io/document/34903): friends added to From_Account's list only, with their fields; no AllowType or blocklist check (an
   * import moves existing data). Per item: 30001 bad fields, oneself or already a friend, 30003 not imported,
   * 30010 friend limit, 30011 friend-list limit.
   */
  JsonObject friendImport(JsonObject body) {
    String from = requests.from(body);
    JsonArray items = SnsRequests.array(body, "AddFriendItem");
    JsonArray out = new JsonArray();
    for (Object o : items) {
      JsonObject i = o instanceof JsonObject j ? j : new JsonObject();
      out.add(state.locked(() -> importOne(from, i)));
    }
    return results(out);
  }

  private JsonObject importOne(String from, JsonObject i) {
    Object to = i.getValue("To_Account");
    int problem = requests.targetProblem(to);
    if (problem != 0) {
      return item(to, problem, SnsRequests.problemInfo(problem));
    }
    String bad = fieldsProblem(i, true);
    if (bad != null || from.equals(to)) {
      return item(to, INVALID, bad != null ? bad : "cannot add oneself as a friend");
    }
    SnsUser a = state.user(from);
    if (a.friends.containsKey(to)) {
      return item(to, INVALID, "already a friend");
    }
    long limit = limits.applyAsLong(EmulatorLimit.FRIEND_COUNT);
    if (a.friends.size() >= limit) {
      return item(to, TimErrorCode.SNS_OWN_FRIEND_LIMIT.code(), "your friend limit (" + limit + ") is reached");
    }
    Set<String> groups = FriendFields.groupNames(i.getValue("GroupName") == null ? new JsonArray()
        : i.getValue("GroupName"));
    if (!makeGroups(a, groups)) {
      return item(to, TimErrorCode.SNS_FRIEND_LIST_LIMIT.code(), "the friend-list limit is reached");
    }
    Friend f = befriend(a, (String) to, i.getString("AddSource"));
    f.remark = i.getString("Remark", "");
    f.remarkTime = i.getLong("RemarkTime", 0L);
    f.addWording = i.getString("AddWording", "");
    f.addTime = i.getLong("AddTime", f.addTime);
    f.groups.addAll(groups);
    Map<String, String> custom = FriendFields.custom(i.getValue("CustomItem", new JsonArray()));
    if (!custom.isEmpty()) {
      f.custom.putAll(custom);
      a.customSequence++;
    }
    return item(to, 0, "");
  }

  /**
   * {@code UpdateItem[{To_Account,SnsItem[{Tag,Value}]}]} (https://www.tencentcloud.com/document/product/1047/34904): Tag_SNS_IM_Remark (a string),
   * Tag_SNS_IM_Group (the friend's lists, replaced; new ones are made), Tag_SNS_IM_AddWording and
   * Tag_SNS_Custom_* fields. Per item: 30001 not a friend or a bad field, 30003 not imported, 30011 list limit.
   */
  JsonObject friendUpdate(JsonObject body) {
    String from = requests.from(body);
    JsonArray items = SnsRequests.array(body, "UpdateItem");
    JsonArray out = new JsonArray();
    for (Object o : items) {
      JsonObject i = o instanceof JsonObject j ? j : new JsonObject();
      out.add(state.locked(() -> updateOne(from, i)));
    }
    return results(out);
  }

  private JsonObject updateOne(String from, JsonObject i) {
    Object to = i.getValue("To_Account");
    int problem = requests.targetProblem(to);
    if (problem != 0) {
      return item(to, problem, SnsRequests.problemInfo(problem));
    }
    SnsUser a = state.user(from);
    Friend f = a.friends.get(to);
    if (f == null) {
      return item(to, INVALID, "not a friend");
    }
    if (!(i.getValue("SnsItem") instanceof JsonArray fields) || fields.isEmpty()) {
      return item(to, INVALID, "SnsItem is required");
    }
    for (Object o : fields) {
      String bad = o instanceof JsonObject field ? updateProblem(field) : "each SnsItem needs a Tag and a Value";
      if (bad != null) {
        return item(to, INVALID, bad);
      }
    }
    for (Object o : fields) {
      JsonObject field = (JsonObject) o;
      String tag = field.getString("Tag");
      Object value = field.getValue("Value");
      switch (tag) {
        case FriendFields.REMARK -> {
          f.remark = (String) value;
          f.remarkTime = clock.seconds();
        }
        case FriendFields.ADD_WORDING -> f.addWording = (String) value;
        case FriendFields.GROUP -> {
          Set<String> groups = FriendFields.groupNames(value);
          if (!makeGroups(a, groups)) {
            return item(to, TimErrorCode.SNS_FRIEND_LIST_LIMIT.code(), "the friend-list limit is reached");
          }
          f.groups.clear();
          f.groups.addAll(groups);
        }
        default -> {
          f.custom.put(tag, (String) value);
          a.customSequence++;
          continue;
        }
      }
      a.standardSequence++;
    }
    return item(to, 0, "");
  }

  private static String updateProblem(JsonObject field) {
    Object tag = field.getValue("Tag");
    Object value = field.getValue("Value");
    if (FriendFields.REMARK.equals(tag)) {
      return value == null ? "Tag_SNS_IM_Remark needs a Value" : FriendFields.remarkProblem(value);
    }
    if (FriendFields.ADD_WORDING.equals(tag)) {
      return value == null ? "Tag_SNS_IM_AddWording needs a Value" : FriendFields.wordingProblem(value);
    }
    if (FriendFields.GROUP.equals(tag)) {
      return FriendFields.groupNames(value) == null ? "Tag_SNS_IM_Group must be a list of 1 to 30 byte names"
          : null;
    }
    if (FriendFields.customTag(tag)) {
      return SnsRequests.fits(value, FriendFields.MAX_VALUE_BYTES) ? null
          : tag + " must be a string of at most " + FriendFields.MAX_VALUE_BYTES + " bytes";
    }
    return "the friend field " + tag + " cannot be updated";
  }

  /**
   * {@code {"From_Account","To_Account":[…],"DeleteType"}} (https://www.tencentcloud.com/document/product/1047/34905): Delete_Type_Single (the default) removes
   * the friend from From_Account's list, Delete_Type_Both from both lists. Per item: 31704 not a friend (with
   * Both: on neither side), 30003 not imported.
   */
  JsonObject friendDelete(JsonObject body) {
    String from = requests.from(body);
    JsonArray to = SnsRequests.array(body, "To_Account");
    boolean both = deleteBoth(body);
    JsonArray out = new JsonArray();
    for (Object peer : to) {
      out.add(state.locked(() -> {
        int problem = requests.targetProblem(peer);
        if (problem != 0) {
          return item(peer, problem, SnsRequests.problemInfo(problem));
        }
        boolean removed = state.unfriend(from, (String) peer);
        if (both) {
          removed |= state.unfriend((String) peer, from);
        }
        return removed ? item(peer, 0, "")
            : item(peer, TimErrorCode.SNS_NOT_FRIENDS.code(), "not a friend");
      }));
    }
    return new JsonObject().put("ResultItem", out);
  }

  /** {@code {"From_Account","DeleteType"}} (https://www.tencentcloud.com/document/product/1047/34906): every friend of From_Account, on one side or both. */
  JsonObject friendDeleteAll(JsonObject body) {
    String from = requests.from(body);
    boolean both = deleteBoth(body);
    state.locked(() -> {
      SnsUser a = state.peek(from);
      if (a == null) {
        return null;
      }
      for (String peer : List.copyOf(a.friends.keySet())) {
        state.unfriend(from, peer);
        if (both) {
          state.unfriend(peer, from);
        }
      }
      return null;
    });
    return new JsonObject();
  }

  /**
   * {@code {"From_Account","To_Account":[…],"CheckType"}} (https://www.tencentcloud.com/document/product/1047/34907) → {@code InfoItem[{To_Account,Relation,
   * ResultCode,ResultInfo}]}, {@code Fail_Account}. CheckResult_Type_Single looks at From_Account's list only
   * (AWithB or NoRelation); CheckResult_Type_Both at both (BothWay, AWithB, BWithA, NoRelation).
   */
  JsonObject friendCheck(JsonObject body) {
    String from = requests.from(body);
    JsonArray to = SnsRequests.array(body, "To_Account");
    boolean both = SnsRequests.choice(body, "CheckType", null, "CheckResult_Type_Single",
        "CheckResult_Type_Both").endsWith("Both");
    JsonArray out = new JsonArray();
    JsonArray failed = new JsonArray();
    for (Object peer : to) {
      int problem = requests.targetProblem(peer);
      if (problem != 0) {
        out.add(item(peer, problem, SnsRequests.problemInfo(problem)).put("Relation", ""));
        failed.add(Fields.label(peer));
        continue;
      }
      String relation = state.locked(() -> {
        SnsUser a = state.peek(from);
        SnsUser b = state.peek((String) peer);
        boolean ab = a != null && a.friends.containsKey(peer);
        boolean ba = both && b != null && b.friends.containsKey(from);
        return "CheckResult_Type_" + (ab && ba ? "BothWay" : ab ? "AWithB" : ba ? "BWithA" : "NoRelation");
      });
      out.add(item(peer, 0, "").put("Relation", relation));
    }
    return new JsonObject().put("InfoItem", out).put("Fail_Account", failed);
  }

  /**
   * {@code {"From_Account","StartIndex","StandardSequence","CustomSequence"}} (https://www.tencentcloud.com/document/product/1047/34908) → up to 100 friends in
   * list order ({@code UserDataItem[{To_Account,ValueItem[{Tag,Value}]}]}), {@code StandardSequence},
   * {@code CustomSequence}, {@code FriendNum}, {@code CompleteFlag} (1 on the last page) and
   * {@code NextStartIndex}. A sequence given equal to the current one leaves those fields out of the items.
   */
  JsonObject friendGet(JsonObject body) {
    String from = requests.from(body);
    long start = Fields.optionalInteger(body, "StartIndex", 0, 0, Integer.MAX_VALUE, INVALID);
    long standardSeq = Fields.optionalInteger(body, "StandardSequence", -1, 0, Long.MAX_VALUE, INVALID);
    long customSeq = Fields.optionalInteger(body, "CustomSequence", -1, 0, Long.MAX_VALUE, INVALID);
    return state.locked(() -> {
      SnsUser a = state.user(from);
      List<Friend> all = new ArrayList<>(a.friends.values());
      boolean standard = standardSeq != a.standardSequence;
      boolean custom = customSeq != a.customSequence;
      JsonArray page = new JsonArray();
      int end = (int) Math.min(all.size(), start + FRIEND_PAGE);
      for (int k = (int) Math.min(start, all.size()); k < end; k++) {
        Friend f = all.get(k);
        page.add(new JsonObject().put("To_Account", f.userId)
            .put("ValueItem", FriendFields.values(f, standard, custom)));
      }
      boolean complete = end >= all.size();
      JsonObject answer = new JsonObject().put("UserDataItem", page)
          .put("StandardSequence", a.standardSequence).put("CustomSequence", a.customSequence)
          .put("FriendNum", all.size()).put("CompleteFlag", complete ? 1 : 0)
          .put("NextStartIndex", complete ? 0 : end);
      state.tidy(from);
      return answer;
    });
  }

  /**
   * {@code {"From_Account","To_Account":[…],"TagList":[…]}} (https://www.tencentcloud.com/document/product/1047/34910) → {@code InfoItem[{To_Account,
   * SnsProfileItem[{Tag,Value}],ResultCode,ResultInfo}]}, {@code Fail_Account}. TagList takes friend tags
   * (Tag_SNS_IM_*, Tag_SNS_Custom_*) and profile tags (Tag_Profile_*); another fails the request with 30001.
   * Per item: 30001 not a friend, 30003 not imported.
   */
  JsonObject friendGetList(JsonObject body) {
    String from = requests.from(body);
    JsonArray to = SnsRequests.array(body, "To_Account");
    JsonArray tags = SnsRequests.array(body, "TagList");
    for (Object t : tags) {
      if (!(t instanceof String tag) || !(FriendFields.known(tag) || tag.startsWith("Tag_Profile_IM_")
          || tag.startsWith("Tag_Profile_Custom_"))) {
        throw new EmulatorError(INVALID, "TagList: unknown tag " + t);
      }
    }
    JsonArray out = new JsonArray();
    for (Object peer : to) {
      int problem = requests.targetProblem(peer);
      if (problem != 0) {
        out.add(item(peer, problem, SnsRequests.problemInfo(problem)).put("SnsProfileItem", new JsonArray()));
        continue;
      }
      Map<String, Object> profile = accounts.profile((String) peer);
      JsonArray fields = state.locked(() -> {
        SnsUser a = state.peek(from);
        Friend f = a == null ? null : a.friends.get(peer);
        if (f == null) {
          return null;
        }
        JsonArray values = new JsonArray();
        for (Object t : tags) {
          String tag = (String) t;
          Object v = tag.startsWith("Tag_Profile_") ? (profile == null ? null : profile.get(tag))
              : FriendFields.value(f, tag);
          if (v != null) {
            values.add(FriendFields.tagValue(tag, v));
          }
        }
        return values;
      });
      out.add(fields == null ? item(peer, INVALID, "not a friend").put("SnsProfileItem", new JsonArray())
          : item(peer, 0, "").put("SnsProfileItem", fields));
    }
    JsonObject answer = results(out);
    return new JsonObject().put("InfoItem", answer.getJsonArray("ResultItem"))
        .put("Fail_Account", answer.getJsonArray("Fail_Account"));
  }

  private static boolean deleteBoth(JsonObject body) {
    return SnsRequests.choice(body, "DeleteType", "Delete_Type_Single", "Delete_Type_Single", "Delete_Type_Both")
        .equals("Delete_Type_Both");
  }

  /** The first problem with an add or import item's fields, or null. */
  private static String fieldsProblem(JsonObject i, boolean importForm) {
    String bad = FriendFields.addSourceProblem(i.getValue("AddSource"));
    if (bad == null) {
      bad = FriendFields.remarkProblem(i.getValue("Remark"));
    }
    if (bad == null) {
      bad = FriendFields.wordingProblem(i.getValue("AddWording"));
    }
    if (bad == null && i.getValue("GroupName") != null && FriendFields.groupNames(i.getValue("GroupName")) == null) {
      bad = "GroupName: a friend list name must be 1 to " + FriendFields.MAX_GROUP_NAME_BYTES + " bytes";
    }
    if (bad == null && importForm && i.getValue("CustomItem") != null
        && FriendFields.custom(i.getValue("CustomItem")) == null) {
      bad = "CustomItem: Tag_SNS_Custom_* tags with string values of at most 500 bytes";
    }
    if (bad == null && importForm && !(validTime(i.getValue("AddTime")) && validTime(i.getValue("RemarkTime")))) {
      bad = "AddTime and RemarkTime must be Unix seconds";
    }
    return bad;
  }

  private static boolean validTime(Object v) {
    return v == null || (v instanceof Number n && n.longValue() >= 0 && n.doubleValue() == Math.rint(n.doubleValue()));
  }

  /** Makes the friend lists that do not exist yet; false (nothing made) past the friend-list limit. */
  private boolean makeGroups(SnsUser a, Set<String> groups) {
    long missing = groups.stream().filter(g -> !a.friendGroups.contains(g)).count();
    if (missing == 0) {
      return true;
    }
    if (a.friendGroups.size() + missing > limits.applyAsLong(EmulatorLimit.FRIEND_GROUP_COUNT)) {
      return false;
    }
    a.friendGroups.addAll(groups);
    a.groupSequence++;
    return true;
  }

  private Friend befriend(SnsUser a, String peer, String addSource) {
    Friend f = new Friend(peer, addSource, clock.seconds());
    a.friends.put(peer, f);
    a.standardSequence++;
    return f;
  }

  private Object profileValue(String userId, String tag) {
    Map<String, Object> p = accounts.profile(userId);
    return p == null ? null : p.get(tag);
  }
}

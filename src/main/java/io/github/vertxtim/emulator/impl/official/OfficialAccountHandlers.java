package io.github.vertxtim.emulator.impl.official;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorFeature;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.shared.Accounts;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.vertxtim.emulator.impl.official.OfficialAccountFields.INVALID;
import static io.github.vertxtim.emulator.impl.official.OfficialAccountFields.NOT_FOUND;

/**
 * Official accounts: create, destroy, modify and read profiles, and their subscribers (add, delete, modify, page,
 * a user's subscriptions). The message endpoints are {@link OfficialAccountMessages}. Field limits from
 * https://trtc.io/document/60755 and https://www.tencentcloud.com/document/product/1047/60813: name ≤ 150 bytes,
 * introduction ≤ 400, face URL and organization ≤ 500, custom string ≤ 3000.
 */
public final class OfficialAccountHandlers {

  static final int MAX_NAME = 150;
  static final int MAX_INTRODUCTION = 400;
  static final int MAX_FACE_URL = 500;
  static final int MAX_ORGANIZATION = 500;
  static final int MAX_CUSTOM_STRING = 3000;
  /** get_subscribed_official_account_list: Limit ≤ 200, default 200 (https://trtc.io/document/60763). */
  static final int MAX_SUBSCRIBED_LIMIT = 200;
  /** get_subscriber_info: Limit ≤ 200 (https://trtc.io/document/60759). */
  static final int MAX_SUBSCRIBER_LIMIT = 200;
  /** The base fields a ResponseFilter may name (https://www.tencentcloud.com/document/product/1047/60758). */
  static final List<String> BASE_FIELDS = List.of("CreateTime", "Name", "Owner_Account", "LastMsgTime",
      "SubscriberNum", "Introduction", "FaceUrl", "Organization", "CustomString", "MaxSubscriberNum");
  static final String ACCEPT_AND_NOTIFY = "AcceptAndNotify";

  private final OfficialAccountState state;
  private final Accounts accounts;
  private final EmulatorClock clock;
  private final TimEmulatorOptions options;

  public OfficialAccountHandlers(OfficialAccountState state, Accounts accounts, EmulatorClock clock,
                                 TimEmulatorOptions options) {
    this.state = state;
    this.accounts = accounts;
    this.clock = clock;
    this.options = options;
  }

  public void install(HandlerTable table) {
    String s = "official_account_open_http_svc/";
    EmulatorFeature f = EmulatorFeature.OFFICIAL_ACCOUNT;
    table.handle(s + "create_official_account", f, this::create);
    table.handle(s + "destroy_official_account", f, this::destroy);
    table.handle(s + "modify_official_account_base_info", f, this::modify);
    table.handle(s + "get_official_account_info", f, this::getInfo);
    table.handle(s + "get_subscriber_info", f, this::getSubscribers);
    table.handle(s + "add_subscriber", f, this::addSubscribers);
    table.handle(s + "delete_subscriber", f, this::deleteSubscribers);
    table.handle(s + "modify_subscriber_info", f, this::modifySubscriber);
    table.handle(s + "get_subscribed_official_account_list", f, this::getSubscribed);
  }

  /**
   * Owner_Account (an imported account, else 70107) and Name are required; a custom OfficialAccountUserID must
   * start with {@code @TOA#_} (130007) and be free (130008); the app's limit of accounts answers 130010. Answers
   * {@code OfficialAccountUserID}.
   */
  JsonObject create(JsonObject body) {
    String owner = OfficialAccountFields.required(body, "Owner_Account");
    if (!accounts.exists(owner)) {
      throw new EmulatorError(TimErrorCode.ACCOUNT_NOT_IMPORTED.code(), "Owner_Account " + owner + " is not imported");
    }
    String id = Fields.optionalString(body, "OfficialAccountUserID", INVALID);
    if (id != null && (!id.startsWith(OfficialAccountState.ID_PREFIX)
        || id.length() == OfficialAccountState.ID_PREFIX.length())) {
      throw new EmulatorError(TimErrorCode.OA_ID_FORMAT.code(),
          "OfficialAccountUserID must start with " + OfficialAccountState.ID_PREFIX);
    }
    String name = OfficialAccountFields.required(body, "Name");
    OfficialAccountFields.checkBytes("Name", name, MAX_NAME);
    Profile profile = Profile.read(body);
    long maxSubscribers = Fields.optionalInteger(body, "MaxSubscriberNum",
        options.getLimit(EmulatorLimit.OFFICIAL_ACCOUNT_DEFAULT_MAX_SUBSCRIBERS), 1, Integer.MAX_VALUE, INVALID);
    OfficialAccountState.Account a;
    try {
      a = state.create(id != null ? id : state.newId(), owner, clock.seconds(),
          options.getLimit(EmulatorLimit.OFFICIAL_ACCOUNTS_PER_APP), created -> {
            created.name = name;
            created.maxSubscribers = maxSubscribers;
            profile.apply(created);
          });
    } catch (IllegalStateException full) {
      throw new EmulatorError(TimErrorCode.OA_COUNT_LIMIT.code(), "the app holds "
          + options.getLimit(EmulatorLimit.OFFICIAL_ACCOUNTS_PER_APP) + " official accounts, its limit");
    }
    if (a == null) {
      throw new EmulatorError(TimErrorCode.OA_ID_IN_USE.code(), "official account " + id + " already exists");
    }
    return new JsonObject().put("OfficialAccountUserID", a.id);
  }

  /** {@code Official_Account}; 130004 when absent. Its subscriptions go with it. */
  JsonObject destroy(JsonObject body) {
    OfficialAccountState.Account a = OfficialAccountFields.account(state, body);
    state.destroy(a.id);
    return new JsonObject();
  }

  /**
   * {@code Official_Account} (doocs' older {@code OfficialAccount} accepted) and the fields to change, with the
   * limits of create; a MaxSubscriberNum below the current subscriber count answers 10004.
   */
  JsonObject modify(JsonObject body) {
    String field = !body.containsKey("Official_Account") && body.containsKey("OfficialAccount")
        ? "OfficialAccount" : "Official_Account";
    OfficialAccountState.Account a = OfficialAccountFields.account(state, body, field);
    String name = OfficialAccountFields.optional(body, "Name", MAX_NAME);
    if (name != null && name.isEmpty()) {
      throw new EmulatorError(INVALID, "Name must not be empty");
    }
    Profile profile = Profile.read(body);
    Long max = body.containsKey("MaxSubscriberNum")
        ? Fields.optionalInteger(body, "MaxSubscriberNum", 0, 1, Integer.MAX_VALUE, INVALID) : null;
    synchronized (a) {
      if (max != null && max < a.byUser.size()) {
        throw new EmulatorError(INVALID, "MaxSubscriberNum " + max + " is below the " + a.byUser.size()
            + " current subscribers");
      }
      if (name != null) {
        a.name = name;
      }
      if (max != null) {
        a.maxSubscribers = max;
      }
      profile.apply(a);
    }
    return new JsonObject();
  }

  /**
   * {@code OfficialAccountIdList[{Official_Account}]} (≤ 50, checked from the registry) and an optional
   * ResponseFilter. One entry per requested account, in order; an unknown one carries ErrorCode 130004.
   */
  JsonObject getInfo(JsonObject body) {
    JsonArray ids = Fields.requiredArray(body, "OfficialAccountIdList", INVALID);
    Set<String> filter = filter(body, "OfficialAccountBaseInfoFilter");
    JsonArray list = new JsonArray();
    for (Object item : ids) {
      Object id = item instanceof JsonObject o ? o.getValue("Official_Account") : item;
      OfficialAccountState.Account a = id instanceof String s ? state.get(s) : null;
      if (a == null) {
        list.add(new JsonObject().put("Official_Account", Fields.label(id)).put("ErrorCode", NOT_FOUND)
            .put("ErrorInfo", "official account does not exist"));
      } else {
        list.add(info(a, filter).put("ErrorCode", 0).put("ErrorInfo", ""));
      }
    }
    return new JsonObject().put("OfficialAccountInfoList", list);
  }

  /**
   * {@code Official_Account}, {@code Limit} (1..200; absent: all) and {@code Next} ({@code ""} first, then the
   * answer's). Answers {@code Next} ({@code ""} on the last page), {@code SubscriberNum} and
   * {@code SubscriberList[{Subscriber_Account,SubscribeTime,CustomString,MsgFlag,LastSendMsgTime}]} in
   * subscription order. The cursor is opaque (the last subscription's order number, Base64); an unreadable one
   * answers 10004.
   */
  JsonObject getSubscribers(JsonObject body) {
    OfficialAccountState.Account a = OfficialAccountFields.account(state, body);
    long limit = Fields.optionalInteger(body, "Limit", Integer.MAX_VALUE, 1, MAX_SUBSCRIBER_LIMIT, INVALID);
    String next = Fields.optionalString(body, "Next", INVALID);
    long after = next == null || next.isEmpty() ? 0 : decodeCursor(next);
    JsonArray list = new JsonArray();
    String nextCursor = "";
    int total;
    synchronized (a) {
      total = a.byUser.size();
      long last = after;
      for (OfficialAccountState.Subscription s : a.bySeq.tailMap(after, false).values()) {
        if (list.size() == limit) {
          nextCursor = encodeCursor(last);
          break;
        }
        list.add(new JsonObject().put("Subscriber_Account", s.userId()).put("SubscribeTime", s.subscribeTime())
            .put("CustomString", s.customString()).put("MsgFlag", ACCEPT_AND_NOTIFY).put("LastSendMsgTime", 0));
        last = s.seq();
      }
    }
    return new JsonObject().put("Next", nextCursor).put("SubscriberNum", total).put("SubscriberList", list);
  }

  /**
   * {@code SubscriberList[{Subscriber_Account}]} (≤ 100, checked from the registry). Answers
   * {@code SubscriberList[{Subscriber_Account,Result}]}: 1 subscribed, 2 already subscribed, 0 failed (not an
   * imported account, or no room left). When the account is full and every user the request could subscribe was
   * refused for it, the whole request answers 130006.
   */
  JsonObject addSubscribers(JsonObject body) {
    OfficialAccountState.Account a = OfficialAccountFields.account(state, body);
    JsonArray items = Fields.requiredArray(body, "SubscriberList", INVALID);
    JsonArray results = new JsonArray();
    int added = 0;
    int already = 0;
    int full = 0;
    long now = clock.seconds();
    for (Object item : items) {
      Object user = item instanceof JsonObject o ? o.getValue("Subscriber_Account") : item;
      int result = 0;
      if (Fields.userIdProblem(user) == 0 && accounts.exists((String) user)) {
        switch (state.subscribe(a, (String) user, now)) {
          case ADDED -> {
            result = 1;
            added++;
          }
          case ALREADY -> {
            result = 2;
            already++;
          }
          case FULL -> full++;
        }
      }
      results.add(new JsonObject().put("Subscriber_Account", Fields.label(user)).put("Result", result));
    }
    if (full > 0 && added == 0 && already == 0) {
      throw new EmulatorError(TimErrorCode.OA_SUBSCRIBERS_FULL.code(), "official account " + a.id
          + " has its " + a.maxSubscribers + " subscribers");
    }
    return new JsonObject().put("SubscriberList", results);
  }

  /**
   * {@code SubscriberToDel_Account["u"]} (the page's field table also names {@code SubscriberList
   * [{Subscriber_Account}]}, accepted). Answers {@code SubscriberList[{Subscriber_Account,Result}]}: 1 removed,
   * 2 not subscribed, 0 not a UserID.
   */
  JsonObject deleteSubscribers(JsonObject body) {
    OfficialAccountState.Account a = OfficialAccountFields.account(state, body);
    String field = !body.containsKey("SubscriberToDel_Account") && body.containsKey("SubscriberList")
        ? "SubscriberList" : "SubscriberToDel_Account";
    JsonArray items = Fields.requiredArray(body, field, INVALID);
    JsonArray results = new JsonArray();
    for (Object item : items) {
      Object user = item instanceof JsonObject o ? o.getValue("Subscriber_Account") : item;
      int result = Fields.userIdProblem(user) != 0 ? 0 : state.unsubscribe(a, (String) user) ? 1 : 2;
      results.add(new JsonObject().put("Subscriber_Account", Fields.label(user)).put("Result", result));
    }
    return new JsonObject().put("SubscriberList", results);
  }

  /** {@code Official_Account}, {@code Subscriber_Account}, {@code CustomString}; 131003 when not subscribed. */
  JsonObject modifySubscriber(JsonObject body) {
    OfficialAccountState.Account a = OfficialAccountFields.account(state, body);
    String user = OfficialAccountFields.required(body, "Subscriber_Account");
    String custom = OfficialAccountFields.optional(body, "CustomString", MAX_CUSTOM_STRING);
    OfficialAccountState.Subscription s = state.subscription(a, user);
    if (s == null) {
      throw new EmulatorError(TimErrorCode.OA_NOT_SUBSCRIBED.code(), user + " does not subscribe to " + a.id);
    }
    if (custom != null) {
      state.setCustomString(a, user, custom);
    }
    return new JsonObject();
  }

  /**
   * {@code Subscriber_Account}, {@code Limit} (1..200, default 200), {@code Offset} and a ResponseFilter with
   * {@code OfficialAccountBaseInfoFilter} and {@code SelfInfoFilter}. Answers the accounts in subscription order
   * with {@code SelfInfo{SubscribeTime,CustomString}}, {@code TotalCount}, {@code CompleteFlag} (1 on the last
   * page) and {@code Next} (the offset of the next page).
   */
  JsonObject getSubscribed(JsonObject body) {
    String user = OfficialAccountFields.required(body, "Subscriber_Account");
    int limit = (int) Fields.optionalInteger(body, "Limit", MAX_SUBSCRIBED_LIMIT, 1, MAX_SUBSCRIBED_LIMIT, INVALID);
    int offset = (int) Fields.optionalInteger(body, "Offset", 0, 0, Integer.MAX_VALUE, INVALID);
    Set<String> baseFilter = filter(body, "OfficialAccountBaseInfoFilter");
    Set<String> selfFilter = filter(body, "SelfInfoFilter");
    List<String> ids = state.subscribedBy(user);
    JsonArray list = new JsonArray();
    for (int i = offset; i < ids.size() && list.size() < limit; i++) {
      OfficialAccountState.Account a = state.get(ids.get(i));
      OfficialAccountState.Subscription s = a == null ? null : state.subscription(a, user);
      if (s == null) {
        continue; // unsubscribed or destroyed since the snapshot
      }
      JsonObject self = new JsonObject();
      if (selfFilter == null || selfFilter.contains("SubscribeTime")) {
        self.put("SubscribeTime", s.subscribeTime());
      }
      if (selfFilter == null || selfFilter.contains("CustomString")) {
        self.put("CustomString", s.customString());
      }
      list.add(info(a, baseFilter).put("SelfInfo", self));
    }
    long nextOffset = Math.min((long) offset + limit, ids.size());
    return new JsonObject().put("OfficialAccountInfoList", list).put("TotalCount", ids.size())
        .put("CompleteFlag", nextOffset >= ids.size() ? 1 : 0).put("Next", nextOffset);
  }

  /** The account's profile with the fields {@code filter} names (null: all), and its ID. */
  private static JsonObject info(OfficialAccountState.Account a, Set<String> filter) {
    JsonObject all;
    int subscribers = a.subscriberCount();
    synchronized (a) {
      all = new JsonObject(Map.of("CreateTime", a.createTime, "Name", a.name, "Owner_Account", a.owner,
          "LastMsgTime", a.lastMsgTime, "SubscriberNum", subscribers, "Introduction", a.introduction,
          "FaceUrl", a.faceUrl, "Organization", a.organization, "CustomString", a.customString,
          "MaxSubscriberNum", a.maxSubscribers));
    }
    JsonObject out = new JsonObject().put("Official_Account", a.id);
    for (String f : BASE_FIELDS) {
      if (filter == null || filter.contains(f)) {
        out.put(f, all.getValue(f));
      }
    }
    return out;
  }

  /** The names listed in {@code ResponseFilter.<name>}, or null when there is no such filter. */
  private static Set<String> filter(JsonObject body, String name) {
    Object rf = body.getValue("ResponseFilter");
    if (rf == null) {
      return null;
    }
    if (!(rf instanceof JsonObject f)) {
      throw new EmulatorError(INVALID, "ResponseFilter must be an object");
    }
    Object list = f.getValue(name);
    if (list == null) {
      return null;
    }
    if (!(list instanceof JsonArray a)) {
      throw new EmulatorError(INVALID, "ResponseFilter." + name + " must be an array");
    }
    Set<String> names = new HashSet<>();
    a.forEach(v -> names.add(String.valueOf(v)));
    return names;
  }

  private static String encodeCursor(long seq) {
    return Base64.getEncoder().encodeToString(Long.toString(seq).getBytes(StandardCharsets.US_ASCII));
  }

  private static long decodeCursor(String next) {
    try {
      return Long.parseLong(new String(Base64.getDecoder().decode(next), StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw new EmulatorError(INVALID, "Next is not a cursor this API answered");
    }
  }

  /** The optional profile fields shared by create and modify, read and checked once. */
  private record Profile(String introduction, String faceUrl, String organization, String customString) {

    static Profile read(JsonObject body) {
      return new Profile(OfficialAccountFields.optional(body, "Introduction", MAX_INTRODUCTION),
          OfficialAccountFields.optional(body, "FaceUrl", MAX_FACE_URL),
          OfficialAccountFields.optional(body, "Organization", MAX_ORGANIZATION),
          OfficialAccountFields.optional(body, "CustomString", MAX_CUSTOM_STRING));
    }

    /** Sets the fields given; the caller holds the account's monitor or has not published it yet. */
    void apply(OfficialAccountState.Account a) {
      if (introduction != null) {
        a.introduction = introduction;
      }
      if (faceUrl != null) {
        a.faceUrl = faceUrl;
      }
      if (organization != null) {
        a.organization = organization;
      }
      if (customString != null) {
        a.customString = customString;
      }
    }
  }
}

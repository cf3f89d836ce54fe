package io.github.vertxtim.emulator.impl.push;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.shared.Accounts;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.MessageBodyLimit;
import io.github.vertxtim.emulator.impl.shared.MsgRandomFilter;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The endpoints of one push service (legacy {@code all_member_push} or TIMPush {@code timpush}): pushes to all
 * users or by condition, TIMPush's per-user push and revoke, and the attribute and tag APIs. Both services follow
 * the same pages (https://www.tencentcloud.com/document/product/1047/37166..37175, https://www.tencentcloud.com/document/product/1047/67553, https://www.tencentcloud.com/document/product/1047/67814..67824); {@link PushService} holds what differs. Every endpoint
 * belongs to the service's console feature and answers 90045 while it is switched off.
 */
public final class PushHandlers {

  /** "Failed to parse the JSON format": the code the push pages give for a malformed or missing field. */
  private static final int BAD_REQUEST = TimErrorCode.MSG_JSON_PARSE_FAILED.code();
  private static final int INVALID_ATTR = TimErrorCode.PUSH_INVALID_ATTRIBUTE.code();
  private static final int TOO_MANY_TAGS = TimErrorCode.PUSH_TOO_MANY_TAGS.code();
  /** Tag, attribute name and attribute value lengths (https://www.tencentcloud.com/document/product/1047/37166, https://www.tencentcloud.com/document/product/1047/37167, https://www.tencentcloud.com/document/product/1047/37170). */
  static final int MAX_NAME_BYTES = 50;
  static final int MAX_TAGS_PER_CONDITION = 10;
  static final int MAX_TAGS_PER_ADD = 10;
  static final int MAX_ATTRIBUTES = 10;
  static final int MAX_DATA_ID_BYTES = 64;
  static final long MAX_MSG_LIFE_TIME = 604_800;
  /** im_push: "MsgRandom must not repeat within 7 days, or it is the same push task". */
  static final long PUSH_REPEAT_WINDOW_MILLIS = 7 * 86_400_000L;
  /** timpush/revoke: "push tasks older than 24 hours cannot be recalled". */
  static final long REVOKE_WINDOW_MILLIS = 86_400_000L;

  private final PushService service;
  private final PushState state;
  private final Accounts accounts;
  private final Supplier<? extends Collection<String>> allAccounts;
  private final TimEmulatorOptions options;

  /**
   * @param allAccounts the imported accounts (a snapshot per call): the audience of an all-user push
   * @param options     the limits (daily quota, interval, tag caps) and the admin's identifier
   */
  PushHandlers(PushService service, PushState state, Accounts accounts,
               Supplier<? extends Collection<String>> allAccounts, TimEmulatorOptions options) {
    this.service = service;
    this.state = Objects.requireNonNull(state, "state");
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.allAccounts = Objects.requireNonNull(allAccounts, "allAccounts");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Legacy all-member push ({@code all_member_push/im_*}). */
  public static PushHandlers allMemberPush(PushState state, Accounts accounts,
                                           Supplier<? extends Collection<String>> allAccounts,
                                           TimEmulatorOptions options) {
    return new PushHandlers(PushService.LEGACY, state, accounts, allAccounts, options);
  }

  /** The Push service ({@code timpush/*}). */
  public static PushHandlers timPush(PushState state, Accounts accounts,
                                     Supplier<? extends Collection<String>> allAccounts, TimEmulatorOptions options) {
    return new PushHandlers(PushService.TIMPUSH, state, accounts, allAccounts, options);
  }

  public void install(HandlerTable table) {
    table.handle(service.path("push"), service.feature, this::push);
    table.handle(service.path("set_attr_name"), service.feature, this::setAttrName);
    table.handle(service.path("get_attr_name"), service.feature, this::getAttrName);
    table.handle(service.path("get_attr"), service.feature, this::getAttr);
    table.handle(service.path("set_attr"), service.feature, this::setAttr);
    table.handle(service.path("remove_attr"), service.feature, this::removeAttr);
    table.handle(service.path("get_tag"), service.feature, this::getTag);
    table.handle(service.path("add_tag"), service.feature, this::addTag);
    table.handle(service.path("remove_tag"), service.feature, this::removeTag);
    if (service == PushService.LEGACY) {
      table.handle("all_member_push/im_remove_all_tags", service.feature, this::removeAllTags);
    } else {
      table.handle("timpush/clear_all_tags", service.feature, this::removeAllTags);
      table.handle("timpush/batch", service.feature, this::batch);
      table.handle("timpush/revoke", service.feature, this::revoke);
    }
  }

  // pushes

  /**
   * im_push / timpush/push: {@code From_Account}?, {@code MsgRandom}, {@code MsgBody} (legacy: required),
   * {@code MsgLifeTime}?, {@code Condition}?, {@code OfflinePushInfo}?, {@code OnlineOnlyFlag}? (TIMPush) →
   * {@code TaskId}. The same sender and MsgRandom within 7 days is the same task: its TaskId again, no quota taken.
   * Otherwise a push must come more than the interval after the previous one (90024) and within the day's quota
   * (90047). It reaches every imported account that matches the condition at that moment.
   */
  JsonObject push(JsonObject body) {
    long msgRandom = msgRandom(body);
    String from = fromAccount(body, false);
    boolean hasBody = body.containsKey("MsgBody");
    if (hasBody || service == PushService.LEGACY) {
      msgBody(body);
    }
    Fields.optionalInteger(body, "MsgLifeTime", 0, Long.MIN_VALUE, Long.MAX_VALUE,
        TimErrorCode.MSG_LIFETIME_NOT_INTEGER.code());
    Fields.optionalInteger(body, "MsgLifeTime", 0, 0, MAX_MSG_LIFE_TIME, TimErrorCode.MSG_LIFETIME_TOO_LARGE.code());
    boolean hasPushInfo = offlinePushInfo(body, false);
    if (service == PushService.TIMPUSH) {
      Fields.optionalInteger(body, "OnlineOnlyFlag", 0, 0, 1, BAD_REQUEST);
      if (!hasBody && !hasPushInfo) {
        throw new EmulatorError(TimErrorCode.MSG_OFFLINE_PUSH_INFO_INVALID.code(),
            "OfflinePushInfo is required when there is no MsgBody");
      }
    }
    Predicate<String> audience = condition(body.getValue("Condition"));
    String key = "all|" + from + "|" + msgRandom;
    PushTask repeat = state.repeatOf(key, PUSH_REPEAT_WINDOW_MILLIS);
    if (repeat != null) {
      return new JsonObject().put("TaskId", repeat.taskId());
    }
    String refusal = state.pushRefusal(options.getLimit(EmulatorLimit.PUSH_MIN_INTERVAL_MILLIS),
        options.getLimit(service.dailyQuota));
    if ("interval".equals(refusal)) {
      throw new EmulatorError(TimErrorCode.PUSH_INTERVAL_TOO_SHORT.code(),
          "two pushes must be more than " + options.getLimit(EmulatorLimit.PUSH_MIN_INTERVAL_MILLIS) + " ms apart");
    }
    if ("quota".equals(refusal)) {
      throw new EmulatorError(TimErrorCode.PUSH_DAILY_QUOTA_EXCEEDED.code(),
          "the daily push quota of " + options.getLimit(service.dailyQuota) + " is used up");
    }
    List<String> recipients = allAccounts.get().stream().filter(audience).sorted().toList();
    return new JsonObject().put("TaskId", state.addTask(PushTask.ALL, from, recipients, body, key).taskId());
  }

  /**
   * timpush/batch: {@code From_Account}, {@code To_Account} (1..500), {@code MsgRandom}, {@code OfflinePushInfo},
   * {@code MsgBody}?, {@code DataId}? → {@code TaskId}, and {@code ErrorList} (70107) for recipients that are not
   * imported. The same sender, recipients and MsgRandom within a second is the same task (https://www.tencentcloud.com/document/product/1047/67553: "de-duplication
   * within the same second").
   */
  JsonObject batch(JsonObject body) {
    String from = fromAccount(body, true);
    JsonArray to = Fields.requiredArray(body, "To_Account", BAD_REQUEST);
    long msgRandom = msgRandom(body);
    offlinePushInfo(body, true);
    if (body.containsKey("MsgBody")) {
      msgBody(body);
    }
    String dataId = Fields.optionalString(body, "DataId", BAD_REQUEST);
    if (dataId != null && bytes(dataId) > MAX_DATA_ID_BYTES) {
      throw new EmulatorError(BAD_REQUEST, "DataId is at most " + MAX_DATA_ID_BYTES + " bytes");
    }
    Set<String> reached = new LinkedHashSet<>();
    JsonArray errors = new JsonArray();
    for (Object account : to) {
      if (!(account instanceof String)) {
        errors.add(error(Fields.label(account), TimErrorCode.INVALID_ACCOUNT_TYPE.code(), "To_Account is not a string"));
      } else if (!accounts.exists((String) account)) {
        errors.add(error((String) account, TimErrorCode.ACCOUNT_NOT_IMPORTED.code(), "account not imported"));
      } else {
        reached.add((String) account);
      }
    }
    String key = "batch|" + from + "|" + String.join("\u0000", reached) + "|" + msgRandom;
    PushTask task = state.repeatOf(key, MsgRandomFilter.DEFAULT_WINDOW_MILLIS);
    if (task == null) {
      task = state.addTask(PushTask.BATCH, from, List.copyOf(reached), body, key);
    }
    JsonObject answer = new JsonObject().put("TaskId", task.taskId());
    return errors.isEmpty() ? answer : answer.put("ErrorList", errors);
  }

  /**
   * timpush/revoke: {@code TaskId}, {@code OfflinePushInfo}? → nothing. 90049 for a TaskId this service never
   * returned (or one older than 24 hours), 90050 for a task already revoked.
   */
  JsonObject revoke(JsonObject body) {
    String taskId = Fields.optionalString(body, "TaskId", BAD_REQUEST);
    if (taskId == null || taskId.isEmpty()) {
      throw new EmulatorError(BAD_REQUEST, "TaskId is required");
    }
    offlinePushInfo(body, false);
    PushTask task = state.task(taskId);
    if (task == null) {
      throw new EmulatorError(TimErrorCode.PUSH_REVOKE_TASK_UNKNOWN.code(), "no push task " + taskId);
    }
    if (task.revoked()) {
      throw new EmulatorError(TimErrorCode.PUSH_ALREADY_REVOKED.code(), "push task " + taskId + " is already revoked");
    }
    if (state.isOlderThan(task, REVOKE_WINDOW_MILLIS)) {
      throw new EmulatorError(TimErrorCode.PUSH_REVOKE_TASK_UNKNOWN.code(),
          "push task " + taskId + " is older than 24 hours");
    }
    state.revoke(taskId);
    return new JsonObject();
  }

  // attribute names

  /**
   * im_set_attr_name / set_attr_name: {@code AttrNames: {"0": "sex", …}}: numbers 0..9, names of 1..50 bytes, one
   * name per number; 90033 otherwise. Numbers not given keep their names.
   */
  JsonObject setAttrName(JsonObject body) {
    Object value = body.getValue("AttrNames");
    if (!(value instanceof JsonObject names) || names.isEmpty()) {
      throw new EmulatorError(BAD_REQUEST, "AttrNames must be a non-empty object");
    }
    Map<Integer, String> parsed = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : names) {
      int number;
      try {
        number = Integer.parseInt(e.getKey());
      } catch (NumberFormatException nfe) {
        number = -1;
      }
      if (number < 0 || number >= MAX_ATTRIBUTES || !(e.getValue() instanceof String name) || name.isEmpty()
          || bytes(name) > MAX_NAME_BYTES) {
        throw new EmulatorError(INVALID_ATTR, "attribute " + e.getKey() + ": numbers are 0 to " + (MAX_ATTRIBUTES - 1)
            + " and names 1 to " + MAX_NAME_BYTES + " bytes");
      }
      parsed.put(number, name);
    }
    Map<Integer, String> after = state.attrNames();
    after.putAll(parsed);
    if (after.values().stream().distinct().count() != after.size()) {
      throw new EmulatorError(INVALID_ATTR, "two attributes cannot have the same name");
    }
    state.setAttrNames(parsed);
    return new JsonObject();
  }

  /** im_get_attr_name / get_attr_name: {@code {}} → {@code AttrNames: {"0": "sex", …}} (empty when none is set). */
  JsonObject getAttrName(JsonObject body) {
    JsonObject names = new JsonObject();
    state.attrNames().forEach((n, name) -> names.put(Integer.toString(n), name));
    return new JsonObject().put("AttrNames", names);
  }

  // user attributes

  /**
   * im_get_attr / get_attr: {@code To_Account: [..]} → {@code UserAttrs: [{To_Account, Attrs}]}. An account with no
   * attributes has {@code Attrs: {}}. An account that is not imported: legacy lists it with {@code Attrs: {}} (the
   * page's sample); TIMPush lists it in {@code ErrorList} with 70107 (https://trtc.io/document/67817).
   */
  JsonObject getAttr(JsonObject body) {
    JsonArray out = new JsonArray();
    JsonArray errors = new JsonArray();
    for (String account : accountList(body)) {
      if (service.perAccountErrors && !accounts.exists(account)) {
        errors.add(error(account, TimErrorCode.ACCOUNT_NOT_IMPORTED.code(), "account not imported"));
        continue;
      }
      out.add(new JsonObject().put("To_Account", account).put("Attrs", new JsonObject(new LinkedHashMap<>(
          state.attrsOf(account)))));
    }
    JsonObject answer = new JsonObject().put("UserAttrs", out);
    return errors.isEmpty() ? answer : answer.put("ErrorList", errors);
  }

  /**
   * im_set_attr / set_attr: {@code UserAttrs: [{To_Account, Attrs: {name: value}}]}: names the app has set, values
   * strings of at most 50 bytes (90033 otherwise, for the whole request).
   */
  JsonObject setAttr(JsonObject body) {
    List<AccountChange> changes = new ArrayList<>();
    for (JsonObject item : items(body, "UserAttrs", "Attrs")) {
      String account = itemAccount(item);
      if (!(item.getValue("Attrs") instanceof JsonObject attrs)) {
        throw new EmulatorError(BAD_REQUEST, "Attrs of " + account + " must be an object");
      }
      Map<Integer, String> values = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : attrs) {
        int number = attrNumber(e.getKey());
        if (!(e.getValue() instanceof String v) || bytes(v) > MAX_NAME_BYTES) {
          throw new EmulatorError(INVALID_ATTR, "attribute " + e.getKey() + " of " + account
              + " must be a string of at most " + MAX_NAME_BYTES + " bytes");
        }
        values.put(number, v);
      }
      changes.add(new AccountChange(account, () -> 0, () -> state.setAttrs(account, values)));
    }
    return apply(changes);
  }

  /**
   * im_remove_attr / remove_attr: {@code UserAttrs: [{To_Account, Attrs: [name]}]} (the official SDK's
   * {@code {To_Account, Attrs}} for one account too); names the app has not set: 90033.
   */
  JsonObject removeAttr(JsonObject body) {
    List<AccountChange> changes = new ArrayList<>();
    for (JsonObject item : items(body, "UserAttrs", "Attrs")) {
      String account = itemAccount(item);
      if (!(item.getValue("Attrs") instanceof JsonArray names)) {
        throw new EmulatorError(BAD_REQUEST, "Attrs of " + account + " must be an array of attribute names");
      }
      List<Integer> numbers = new ArrayList<>();
      for (Object name : names) {
        numbers.add(attrNumber(name));
      }
      changes.add(new AccountChange(account, () -> 0, () -> state.removeAttrs(account, numbers)));
    }
    return apply(changes);
  }

  // tags

  /**
   * im_get_tag / get_tag: {@code To_Account: [..]} → {@code UserTags: [{To_Account, Tags}]}; accounts that are not
   * imported as for {@link #getAttr}.
   */
  JsonObject getTag(JsonObject body) {
    JsonArray out = new JsonArray();
    JsonArray errors = new JsonArray();
    for (String account : accountList(body)) {
      if (service.perAccountErrors && !accounts.exists(account)) {
        errors.add(error(account, TimErrorCode.ACCOUNT_NOT_IMPORTED.code(), "account not imported"));
        continue;
      }
      out.add(new JsonObject().put("To_Account", account).put("Tags", new JsonArray(List.copyOf(
          state.tagsOf(account)))));
    }
    JsonObject answer = new JsonObject().put("UserTags", out);
    return errors.isEmpty() ? answer : answer.put("ErrorList", errors);
  }

  /**
   * im_add_tag / add_tag: {@code UserTags: [{To_Account, Tags}]} (the official SDK's {@code {To_Account, Tags}} for
   * one account too), TIMPush's {@code Replace} 1 replacing the account's tags. Per account and call at most 10 tags
   * (100 with Replace), each 1..50 bytes (90032, 90040, 90034 for the request). An account holds at most
   * {@code PUSH_TAGS_PER_USER} tags and the app {@code PUSH_TAGS_PER_APP} distinct ones (90032 for that account).
   */
  JsonObject addTag(JsonObject body) {
    boolean replace = service == PushService.TIMPUSH
        && Fields.optionalInteger(body, "Replace", 0, 0, 1, BAD_REQUEST) == 1;
    int perCall = replace ? (int) options.getLimit(EmulatorLimit.PUSH_TAGS_PER_USER) : MAX_TAGS_PER_ADD;
    long perUser = options.getLimit(EmulatorLimit.PUSH_TAGS_PER_USER);
    long perApp = options.getLimit(EmulatorLimit.PUSH_TAGS_PER_APP);
    List<AccountChange> changes = new ArrayList<>();
    for (JsonObject item : items(body, "UserTags", "Tags")) {
      String account = itemAccount(item);
      Set<String> tags = tags(item.getValue("Tags"), account);
      if (tags.size() > perCall) {
        throw new EmulatorError(TOO_MANY_TAGS, "at most " + perCall + " tags per account in one call (" + account
            + ")");
      }
      changes.add(new AccountChange(account, () -> {
        Set<String> after = new LinkedHashSet<>(replace ? Set.of() : state.tagsOf(account));
        after.addAll(tags);
        if (after.size() > perUser) {
          return TOO_MANY_TAGS;
        }
        return state.distinctTags() + state.newTags(tags) > perApp ? TOO_MANY_TAGS : 0;
      }, () -> state.addTags(account, tags, replace)));
    }
    return apply(changes);
  }

  /** im_remove_tag / remove_tag: {@code UserTags: [{To_Account, Tags}]}; tags the account lacks are ignored. */
  JsonObject removeTag(JsonObject body) {
    List<AccountChange> changes = new ArrayList<>();
    for (JsonObject item : items(body, "UserTags", "Tags")) {
      String account = itemAccount(item);
      Set<String> tags = tags(item.getValue("Tags"), account);
      changes.add(new AccountChange(account, () -> 0, () -> state.removeTags(account, tags)));
    }
    return apply(changes);
  }

  /** im_remove_all_tags / clear_all_tags: {@code To_Account: [..]}: every tag of each account goes. */
  JsonObject removeAllTags(JsonObject body) {
    List<AccountChange> changes = new ArrayList<>();
    for (String account : accountList(body)) {
      changes.add(new AccountChange(account, () -> 0, () -> state.removeAllTags(account)));
    }
    return apply(changes);
  }

  // shared pieces

  /** A write to one account: its own problem (0 when none) besides existence, and the change itself. */
  private record AccountChange(String account, IntSupplier problem, Runnable change) {
  }

  /**
   * Applies per-account writes as the service answers them. Legacy: every account is checked first and the first
   * problem fails the request (90048 for an account that is not imported), so nothing is half-applied. TIMPush:
   * each account is checked and applied in turn; the ones with a problem go to {@code ErrorList} (70107 not
   * imported) and the answer is OK.
   */
  private JsonObject apply(List<AccountChange> changes) {
    JsonArray errors = new JsonArray();
    if (!service.perAccountErrors) {
      for (AccountChange c : changes) {
        if (!accounts.exists(c.account())) {
          throw new EmulatorError(TimErrorCode.PUSH_ACCOUNT_NOT_FOUND.code(), "account does not exist: " + c.account());
        }
        int problem = c.problem().getAsInt();
        if (problem != 0) {
          throw new EmulatorError(problem, problemInfo(problem, c.account()));
        }
      }
      changes.forEach(c -> c.change().run());
      return new JsonObject();
    }
    for (AccountChange c : changes) {
      int problem = accounts.exists(c.account()) ? c.problem().getAsInt() : TimErrorCode.ACCOUNT_NOT_IMPORTED.code();
      if (problem != 0) {
        errors.add(error(c.account(), problem, problemInfo(problem, c.account())));
      } else {
        c.change().run();
      }
    }
    return errors.isEmpty() ? new JsonObject() : new JsonObject().put("ErrorList", errors);
  }

  private static String problemInfo(int code, String account) {
    if (code == TOO_MANY_TAGS) {
      return "too many tags for " + account + " or for the app";
    }
    return code == TimErrorCode.ACCOUNT_NOT_IMPORTED.code() ? "account not imported" : "rejected: " + account;
  }

  private static JsonObject error(String account, int code, String info) {
    return new JsonObject().put("To_Account", account).put("ErrorCode", code).put("ErrorInfo", info);
  }

  /** {@code To_Account: [..]}: a non-empty array of strings (90001 otherwise); duplicates answered once. */
  private static Set<String> accountList(JsonObject body) {
    JsonArray list = Fields.requiredArray(body, "To_Account", BAD_REQUEST);
    Set<String> out = new LinkedHashSet<>();
    for (Object a : list) {
      if (!(a instanceof String s) || s.isEmpty()) {
        throw new EmulatorError(BAD_REQUEST, "To_Account holds non-empty strings only: " + Fields.label(a));
      }
      out.add(s);
    }
    return out;
  }

  /**
   * The per-account items of a write: the documented list {@code listField}, or the official SDK's one-account form
   * {@code {"To_Account": "x", valueField: …}} (its ImAddTagRequest and ImRemoveAttrRequest).
   */
  private static List<JsonObject> items(JsonObject body, String listField, String valueField) {
    if (!body.containsKey(listField) && body.getValue("To_Account") instanceof String
        && body.containsKey(valueField)) {
      return List.of(body);
    }
    List<JsonObject> out = new ArrayList<>();
    for (Object item : Fields.requiredArray(body, listField, BAD_REQUEST)) {
      if (!(item instanceof JsonObject o)) {
        throw new EmulatorError(BAD_REQUEST, listField + " holds objects only");
      }
      out.add(o);
    }
    return out;
  }

  private static String itemAccount(JsonObject item) {
    if (!(item.getValue("To_Account") instanceof String account) || account.isEmpty()) {
      throw new EmulatorError(BAD_REQUEST, "To_Account is required in every item");
    }
    return account;
  }

  private int attrNumber(Object name) {
    int number = name instanceof String s ? state.attrNumber(s) : -1;
    if (number < 0) {
      throw new EmulatorError(INVALID_ATTR, "no app attribute named " + Fields.label(name)
          + " (set it with set_attr_name first)");
    }
    return number;
  }

  /** A tag list: strings of 1..50 bytes (90001 not a string, 90040 empty, 90034 too long), duplicates merged. */
  private static Set<String> tags(Object value, String account) {
    if (!(value instanceof JsonArray list)) {
      throw new EmulatorError(BAD_REQUEST, "Tags of " + account + " must be an array");
    }
    Set<String> out = new LinkedHashSet<>();
    for (Object t : list) {
      out.add(tag(t));
    }
    return out;
  }

  private static String tag(Object t) {
    if (!(t instanceof String tag)) {
      throw new EmulatorError(BAD_REQUEST, "a tag must be a string: " + Fields.label(t));
    }
    if (tag.isEmpty()) {
      throw new EmulatorError(TimErrorCode.PUSH_EMPTY_TAG.code(), "a tag must not be empty");
    }
    if (bytes(tag) > MAX_NAME_BYTES) {
      throw new EmulatorError(TimErrorCode.PUSH_TAG_TOO_LONG.code(), "a tag is at most " + MAX_NAME_BYTES + " bytes");
    }
    return tag;
  }

  /**
   * The audience of a push: every account without a condition; else the tag condition (TagsAnd, TagsOr, at most 10
   * tags each, no repeats: 90032, 90022) or the attribute condition (AttrsAnd, AttrsOr over the app's attribute
   * names: 90033), never both (90039). The official SDK sends Condition as an array of such objects; their fields
   * are merged.
   */
  private Predicate<String> condition(Object value) {
    if (value == null) {
      return account -> true;
    }
    JsonObject condition = new JsonObject();
    if (value instanceof JsonObject o) {
      condition = o;
    } else if (value instanceof JsonArray parts) {
      for (Object part : parts) {
        if (!(part instanceof JsonObject p)) {
          throw new EmulatorError(BAD_REQUEST, "Condition must be an object");
        }
        condition.mergeIn(p);
      }
    } else {
      throw new EmulatorError(BAD_REQUEST, "Condition must be an object");
    }
    boolean byTags = condition.containsKey("TagsAnd") || condition.containsKey("TagsOr");
    boolean byAttrs = condition.containsKey("AttrsAnd") || condition.containsKey("AttrsOr");
    if (byTags && byAttrs) {
      throw new EmulatorError(TimErrorCode.PUSH_ATTRS_AND_TAGS_MIXED.code(),
          "tag and attribute conditions cannot be combined");
    }
    if (byTags) {
      List<String> and = conditionTags(condition, "TagsAnd");
      List<String> or = conditionTags(condition, "TagsOr");
      return account -> state.hasTags(account, and, or);
    }
    if (byAttrs) {
      Map<Integer, String> and = conditionAttrs(condition, "AttrsAnd");
      Map<Integer, String> or = conditionAttrs(condition, "AttrsOr");
      return account -> state.hasAttrs(account, and, or);
    }
    return account -> true;
  }

  private static List<String> conditionTags(JsonObject condition, String field) {
    if (!condition.containsKey(field)) {
      return null;
    }
    if (!(condition.getValue(field) instanceof JsonArray list)) {
      throw new EmulatorError(BAD_REQUEST, field + " must be an array of tags");
    }
    if (list.isEmpty()) {
      throw new EmulatorError(TimErrorCode.PUSH_EMPTY_TAG.code(), field + " holds no tag");
    }
    if (list.size() > MAX_TAGS_PER_CONDITION) {
      throw new EmulatorError(TOO_MANY_TAGS, field + " holds at most " + MAX_TAGS_PER_CONDITION + " tags");
    }
    List<String> tags = new ArrayList<>();
    for (Object t : list) {
      String tag = tag(t);
      if (tags.contains(tag)) {
        throw new EmulatorError(TimErrorCode.PUSH_DUPLICATE_TAGS.code(), field + " repeats the tag " + tag);
      }
      tags.add(tag);
    }
    return tags;
  }

  private Map<Integer, String> conditionAttrs(JsonObject condition, String field) {
    if (!condition.containsKey(field)) {
      return null;
    }
    if (!(condition.getValue(field) instanceof JsonObject attrs) || attrs.isEmpty()) {
      throw new EmulatorError(INVALID_ATTR, field + " must be a non-empty object of attribute values");
    }
    Map<Integer, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : attrs) {
      int number = attrNumber(e.getKey());
      if (!(e.getValue() instanceof String v)) {
        throw new EmulatorError(INVALID_ATTR, field + "." + e.getKey() + " must be a string");
      }
      out.put(number, v);
    }
    return out;
  }

  /** MsgRandom: an integer 0..4294967295; legacy 90005 otherwise, TIMPush 90001 (its batch page's sample). */
  private long msgRandom(JsonObject body) {
    int code = service == PushService.LEGACY ? TimErrorCode.MSG_RANDOM_INVALID.code() : BAD_REQUEST;
    if (!body.containsKey("MsgRandom")) {
      throw new EmulatorError(code, "MsgRandom is required");
    }
    return Fields.optionalInteger(body, "MsgRandom", 0, 0, 4_294_967_295L, code);
  }

  /**
   * From_Account: optional for pushes to all (the admin then), required for timpush/batch (90001); when given it
   * must be the admin or an imported account (90048).
   */
  private String fromAccount(JsonObject body, boolean required) {
    Object from = body.getValue("From_Account");
    if (from == null) {
      if (required) {
        throw new EmulatorError(BAD_REQUEST, "From_Account is required");
      }
      return options.getAdminIdentifier();
    }
    if (!(from instanceof String s) || s.isEmpty()) {
      throw new EmulatorError(BAD_REQUEST, "From_Account must be a non-empty string");
    }
    if (!s.equals(options.getAdminIdentifier()) && !accounts.exists(s)) {
      throw new EmulatorError(TimErrorCode.PUSH_ACCOUNT_NOT_FOUND.code(), "From_Account does not exist: " + s);
    }
    return s;
  }

  /**
   * MsgBody: a non-empty array (90007 not an array, 90002 missing or empty) of {@code {MsgType, MsgContent}}
   * elements (90002), at most 12 KB (90055).
   */
  private static void msgBody(JsonObject body) {
    Object value = body.getValue("MsgBody");
    if (value == null) {
      throw new EmulatorError(TimErrorCode.MSG_BODY_FORMAT_ERROR.code(), "MsgBody is required");
    }
    if (!(value instanceof JsonArray elements)) {
      throw new EmulatorError(TimErrorCode.MSG_BODY_NOT_ARRAY.code(), "MsgBody must be an array");
    }
    if (elements.isEmpty()) {
      throw new EmulatorError(TimErrorCode.MSG_BODY_FORMAT_ERROR.code(), "MsgBody must not be empty");
    }
    for (Object e : elements) {
      if (!(e instanceof JsonObject element) || !(element.getValue("MsgType") instanceof String)
          || !(element.getValue("MsgContent") instanceof JsonObject)) {
        throw new EmulatorError(TimErrorCode.MSG_BODY_FORMAT_ERROR.code(),
            "each MsgBody element needs a MsgType string and a MsgContent object");
      }
    }
    MessageBodyLimit.PUSH.check(elements);
  }

  /** OfflinePushInfo: an object whose PushFlag, when given, is 0 or 1 (90043). Whether it was given. */
  private static boolean offlinePushInfo(JsonObject body, boolean required) {
    Object value = body.getValue("OfflinePushInfo");
    int code = TimErrorCode.MSG_OFFLINE_PUSH_INFO_INVALID.code();
    if (value == null) {
      if (required) {
        throw new EmulatorError(code, "OfflinePushInfo is required");
      }
      return false;
    }
    if (!(value instanceof JsonObject info)) {
      throw new EmulatorError(code, "OfflinePushInfo must be an object");
    }
    Fields.optionalInteger(info, "PushFlag", 0, 0, 1, code);
    return true;
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}

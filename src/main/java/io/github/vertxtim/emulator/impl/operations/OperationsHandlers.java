package io.github.vertxtim.emulator.impl.operations;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.account.AccountState;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Operations (catalog §4.10): getappinfo, get_history, GetIPList and the chat-file bans of im_cos_msg. The
 * operations codes are 1001 illegal request, 1004 file not generated or no messages, 1005 file expired
 * (https://trtc.io/document/34348); the emulator answers 1001 for a missing or malformed field of these endpoints.
 */
public final class OperationsHandlers {

  static final int ILLEGAL = TimErrorCode.OPS_ILLEGAL_URL.code();           // 1001
  static final int NO_FILE = TimErrorCode.OPS_FILE_NOT_GENERATED.code();    // 1004
  static final int EXPIRED = TimErrorCode.OPS_FILE_EXPIRED.code();          // 1005
  /** How long a signed chat-file URL works (https://cloud.tencent.com/document/product/269/74777: 15 minutes) and a record-file URL (the emulator's choice). */
  static final long SIGNED_URL_SECONDS = 15 * 60;
  static final long HISTORY_URL_SECONDS = 3600;
  private static final DateTimeFormatter EXPIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter STRICT_HOUR = DateTimeFormatter.ofPattern("uuuuMMddHH")
      .withResolverStyle(ResolverStyle.STRICT);

  /** The getappinfo fields, in the page's order. */
  static final List<String> APP_INFO_FIELDS = List.of("AppName", "AppId", "Company", "ActiveUserNum",
      "RegistUserNumOneDay", "RegistUserNumTotal", "LoginTimes", "LoginUserNum", "UpMsgNum", "SendMsgUserNum",
      "APNSMsgNum", "C2CUpMsgNum", "C2CDownMsgNum", "C2CSendMsgUserNum", "C2CAPNSMsgNum", "MaxOnlineNum",
      "DownMsgNum", "ChainIncrease", "ChainDecrease", "GroupUpMsgNum", "GroupDownMsgNum", "GroupSendMsgUserNum",
      "GroupAPNSMsgNum", "GroupSendMsgGroupNum", "GroupJoinGroupTimes", "GroupQuitGroupTimes", "GroupNewGroupNum",
      "GroupAllGroupNum", "GroupDestroyGroupNum", "CallBackReq", "CallBackRsp", "Date");
  private static final Set<String> KNOWN_FIELDS = Set.copyOf(APP_INFO_FIELDS);

  private final OperationsState state;
  private final AccountState accounts;
  private final IntSupplier groupCount;
  private final TimEmulatorOptions options;

  public OperationsHandlers(OperationsState state, AccountState accounts, IntSupplier groupCount,
                            TimEmulatorOptions options) {
    this.state = state;
    this.accounts = accounts;
    this.groupCount = groupCount;
    this.options = options;
  }

  public void install(HandlerTable table) {
    table.handle("openconfigsvr/getappinfo", this::getAppInfo);
    table.handle("open_msg_svc/get_history", this::getHistory);
    table.handle("ConfigSvc/GetIPList", this::getIpList);
    table.handle("im_cos_msg/forbid_illegal_object", this::forbid);
    table.handle("im_cos_msg/allow_banned_object", this::allow);
    table.handle("im_cos_msg/get_cos_sig", this::cosSig);
  }

  /**
   * {@code {"RequestField":["ChainIncrease",..]}} (optional: all fields) → {@code Result[{field: "value"}]}, one
   * item per day with counts in the last 30 and today, newest first, every value a string as on the page. Message
   * counts are what the emulator stored (imports excluded); accounts and groups are counted now; webhooks and APNs
   * are never called by the emulator, so their counts are 0.
   */
  JsonObject getAppInfo(JsonObject body) {
    List<String> wanted = APP_INFO_FIELDS;
    Object requested = body.getValue("RequestField");
    if (requested != null) {
      if (!(requested instanceof JsonArray a)) {
        throw new EmulatorError(ILLEGAL, "RequestField must be an array of field names");
      }
      for (Object f : a) {
        if (!(f instanceof String s) || !KNOWN_FIELDS.contains(s)) {
          throw new EmulatorError(ILLEGAL, "RequestField: unknown field " + f);
        }
      }
      wanted = a.isEmpty() ? APP_INFO_FIELDS : a.stream().map(String.class::cast).toList();
    }
    int online = 0;
    for (String id : accounts.ids()) {
      AccountState.Account account = accounts.account(id);
      if (account != null && !AccountState.OFFLINE.equals(account.status())) {
        online++;
      }
    }
    JsonArray result = new JsonArray();
    for (Map.Entry<LocalDate, AppStatistics.Snapshot> day : state.statistics.recent()) {
      Map<String, Object> all = values(day.getKey(), day.getValue(), online);
      JsonObject item = new JsonObject();
      for (String f : wanted) {
        item.put(f, String.valueOf(all.get(f)));
      }
      result.add(item);
    }
    return new JsonObject().put("Result", result);
  }

  private Map<String, Object> values(LocalDate date, AppStatistics.Snapshot s, int online) {
    boolean today = date.equals(state.statistics.today());
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("AppName", "TimEmulator");
    v.put("AppId", options.getSdkAppId());
    v.put("Company", "");
    v.put("ActiveUserNum", s.activeUsers());
    v.put("RegistUserNumOneDay", 0);
    v.put("RegistUserNumTotal", today ? accounts.count() : 0);
    v.put("LoginTimes", 0);
    v.put("LoginUserNum", today ? online : 0);
    v.put("UpMsgNum", s.c2cUp() + s.groupUp());
    v.put("SendMsgUserNum", s.senders());
    v.put("APNSMsgNum", 0);
    v.put("C2CUpMsgNum", s.c2cUp());
    v.put("C2CDownMsgNum", s.c2cDown());
    v.put("C2CSendMsgUserNum", s.c2cSenders());
    v.put("C2CAPNSMsgNum", 0);
    v.put("MaxOnlineNum", today ? online : 0);
    v.put("DownMsgNum", s.c2cDown() + s.groupDown());
    v.put("ChainIncrease", 0);
    v.put("ChainDecrease", 0);
    v.put("GroupUpMsgNum", s.groupUp());
    v.put("GroupDownMsgNum", s.groupDown());
    v.put("GroupSendMsgUserNum", s.groupSenders());
    v.put("GroupAPNSMsgNum", 0);
    v.put("GroupSendMsgGroupNum", s.groupsSentTo());
    v.put("GroupJoinGroupTimes", 0);
    v.put("GroupQuitGroupTimes", 0);
    v.put("GroupNewGroupNum", 0);
    v.put("GroupAllGroupNum", today ? groupCount.getAsInt() : 0);
    v.put("GroupDestroyGroupNum", 0);
    v.put("CallBackReq", 0);
    v.put("CallBackRsp", 0);
    v.put("Date", date.format(AppStatistics.DATE));
    return v;
  }

  /**
   * {@code {"ChatType":"C2C"|"Group","MsgTime":"yyyyMMddHH"}} (Beijing hour; a number is accepted too) →
   * {@code File[{URL,ExpireTime,FileSize,FileMD5,GzipSize,GzipMD5}]}; 1004 when the hour is not over yet or had no
   * messages, 1005 when it is more than 7 days ago.
   */
  JsonObject getHistory(JsonObject body) {
    Object type = body.getValue("ChatType");
    if (!MessageHistory.C2C.equals(type) && !MessageHistory.GROUP.equals(type)) {
      throw new EmulatorError(ILLEGAL, "ChatType must be C2C or Group");
    }
    Object time = body.getValue("MsgTime");
    String hour = time instanceof String s ? s : time instanceof Number n ? String.valueOf(n.longValue()) : null;
    long start;
    try {
      start = LocalDateTime.parse(hour == null ? "" : hour, STRICT_HOUR).toEpochSecond(AppStatistics.BEIJING);
    } catch (DateTimeParseException e) {
      throw new EmulatorError(ILLEGAL, "MsgTime must be an hour as yyyyMMddHH");
    }
    long now = state.clock.seconds();
    if (now < start + 3600) {
      throw new EmulatorError(NO_FILE, "the file of " + hour + " is not generated yet");
    }
    if (start + 3600 <= now - MessageHistory.KEEP_DAYS * 86_400L) {
      throw new EmulatorError(EXPIRED, "the file of " + hour + " has expired (files are kept 7 days)");
    }
    HourFile.Facts file = state.history.file((String) type, hour);
    if (file == null || file.size() == 0) {
      throw new EmulatorError(NO_FILE, "no " + type + " messages in " + hour);
    }
    JsonObject f = new JsonObject().put("URL", state.history.url((String) type, hour))
        .put("ExpireTime", expire(now + HISTORY_URL_SECONDS))
        .put("FileSize", file.size()).put("FileMD5", file.md5())
        .put("GzipSize", file.gzipSize()).put("GzipMD5", file.gzipMd5());
    return new JsonObject().put("File", new JsonArray().add(f));
  }

  /** {@code {}} → {@code {"IPList":[..]}}: the address the emulator listens on. */
  JsonObject getIpList(JsonObject body) {
    return new JsonObject().put("IPList", new JsonArray().add(options.getHost()));
  }

  /** {@code {"RawURL":"https://…"}}: the file is banned (banning it again is no error). */
  JsonObject forbid(JsonObject body) {
    state.files.ban(rawUrl(body, "RawURL"));
    return new JsonObject();
  }

  /** {@code {"RawURL":"https://…"}}: the ban is lifted (lifting an absent ban is no error). */
  JsonObject allow(JsonObject body) {
    state.files.unban(rawUrl(body, "RawURL"));
    return new JsonObject();
  }

  /**
   * {@code {"RawURLs":[{"ResourceID":1,"RawURL":"…"}]}} → {@code PreSigURLs[{ResourceID,Code,Desc,PreSigURL,
   * Status}]}: Status 0 normal, 1 banned (the signed URL still downloads it), 2 not found (no signed URL).
   */
  JsonObject cosSig(JsonObject body) {
    Object list = body.getValue("RawURLs");
    if (!(list instanceof JsonArray items) || items.isEmpty()) {
      throw new EmulatorError(ILLEGAL, "RawURLs is required");
    }
    long expires = state.clock.seconds() + SIGNED_URL_SECONDS;
    JsonArray out = new JsonArray();
    for (Object entry : items) {
      JsonObject item = entry instanceof JsonObject o ? o : new JsonObject();
      Object id = item.getValue("ResourceID");
      String url = rawUrl(item, "RawURL");
      boolean exists = state.files.exists(url);
      int status = !exists ? 2 : state.files.banned(url) ? 1 : 0;
      JsonObject r = new JsonObject().put("ResourceID", id).put("Code", 0).put("Desc", exists ? "" : "file not found")
          .put("Status", status);
      if (exists) {
        r.put("PreSigURL", url + (url.contains("?") ? "&" : "?") + "sign-expires=" + expires);
      }
      out.add(r);
    }
    return new JsonObject().put("PreSigURLs", out);
  }

  private static String rawUrl(JsonObject body, String field) {
    Object v = body.getValue(field);
    if (!(v instanceof String s) || !(s.startsWith("http://") || s.startsWith("https://"))) {
      throw new EmulatorError(ILLEGAL, field + " must be an http(s) URL");
    }
    return s;
  }

  private static String expire(long epochSeconds) {
    return LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), AppStatistics.BEIJING).format(EXPIRE);
  }
}

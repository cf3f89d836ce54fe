package io.github.vertxtim.emulator.impl.moderation;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorFeature;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.PatternSyntaxException;

/**
 * Content moderation: the local word list, the cloud keyword libraries, on-demand moderation
 * (https://www.tencentcloud.com/document/product/1047/77827, 77828) that really matches text against both, and
 * the check every one-to-one and group message passes (text that a blocking word matches answers 80001, the
 * documented code for sensitive text). Codes from the pages: 2003 invalid parameters, 2016 too many keywords,
 * 93000 content over 8 KB, 93005 batch item neither text nor image, 93007 duplicate ContentId, 93008 batch over 10.
 */
public final class ModerationHandlers {

  static final int INVALID = TimErrorCode.AUDIT_INVALID_PARAMETERS.code();           // 2003
  static final int TOO_MANY = TimErrorCode.AUDIT_TOO_MANY_KEYWORDS.code();            // 2016
  static final int TOO_LARGE = TimErrorCode.CONTENT_TOO_LARGE.code();                 // 93000
  /** "Content to be moderated. Maximum size: 8KB" (https://www.tencentcloud.com/document/product/1047/77827). */
  public static final int MAX_TEXT_BYTES = 8 * 1024;
  static final int MAX_LIMIT = 100;
  static final Set<String> CONTENT_TYPES = Set.of("Text", "Image", "Audio", "Video");
  static final Set<String> BATCH_TYPES = Set.of("Text", "Image");
  static final Set<String> LABELS = Set.of("Normal", "Illegal", "Abuse", "Polity", "Ad", "Porn", "Sexy", "Terror",
      "Composite");

  private final ModerationState state;
  private final EmulatorClock clock;
  private final TimEmulatorOptions options;
  private final AtomicLong requests = new AtomicLong();
  private final Consumer<CloudBlock> cloudBlocks;

  /** @param cloudBlocks told of every message the cloud review refuses, before the send fails */
  public ModerationHandlers(ModerationState state, EmulatorClock clock, TimEmulatorOptions options,
                            Consumer<CloudBlock> cloudBlocks) {
    this.state = state;
    this.clock = clock;
    this.options = options;
    this.cloudBlocks = cloudBlocks;
  }

  /** Registers the endpoints and, while moderation is enabled, the check of one-to-one and group messages. */
  public void install(HandlerTable table, MessageHooks hooks) {
    EmulatorFeature f = EmulatorFeature.MODERATION;
    table.handle("im_msg_audit_mgr/add_local_audit_keywords", f, this::addLocal);
    table.handle("im_msg_audit_mgr/delete_local_audit_keywords", f, this::deleteLocal);
    table.handle("im_msg_audit_mgr/get_local_audit_keywords", f, this::getLocal);
    table.handle("im_msg_audit/content_moderation", f, this::moderate);
    table.handle("im_msg_audit/batch_content_moderation", f, this::batchModerate);
    table.handle("im_msg_audit_mgr/get_cloud_audit_keywords_ids", f, this::getLibraries);
    table.handle("im_msg_audit_mgr/get_cloud_audit_keywords", f, this::getCloud);
    table.handle("im_msg_audit_mgr/add_cloud_audit_keywords", f, this::addCloud);
    table.handle("im_msg_audit_mgr/delete_cloud_audit_keywords", f, this::deleteCloud);
    if (table.enabled(f)) {
      hooks.addCheck(this::checkMessage);
    }
  }

  /**
   * One-to-one and group messages: the text of every TIMTextElem is judged; a blocking word fails the send with
   * 80001, and a block of the cloud review (a keyword library's) is reported first. Other kinds (official-account
   * broadcasts) and other elements pass.
   */
  void checkMessage(MessageHooks.Outgoing message) {
    if (message.kind() != MessageHooks.Kind.C2C && message.kind() != MessageHooks.Kind.GROUP) {
      return;
    }
    for (Object e : message.msgBody()) {
      if (e instanceof JsonObject element && "TIMTextElem".equals(element.getString("MsgType"))
          && element.getValue("MsgContent") instanceof JsonObject content
          && content.getValue("Text") instanceof String text) {
        ModerationState.Verdict v = state.judge(text);
        if (v.blocked()) {
          ModerationState.Verdict cloud = state.cloud(text);
          if (cloud.blocked()) {
            cloudBlocks.accept(new CloudBlock(message, List.of(text), cloud.keywords(), cloud.label(),
                cloud.library(), requestId().getString("RequestId")));
          }
          throw new EmulatorError(TimErrorCode.SENSITIVE_TEXT.code(), "the text contains sensitive content: "
              + String.join(", ", v.keywords()));
        }
      }
    }
  }

  /**
   * {@code LocalAuditWords[{Keyword,WordType,FilterType,ReplacedContent}]} (≤ 10, 2016 from the registry check):
   * WordType 1 word (default) or 2 regular expression, FilterType 1 replace or 2 intercept (default). The same
   * keyword and type again is updated; beyond the app's word limit 2016.
   */
  JsonObject addLocal(JsonObject body) {
    checkApp(body);
    JsonArray words = Fields.requiredArray(body, "LocalAuditWords", INVALID);
    long max = options.getLimit(EmulatorLimit.MODERATION_LOCAL_WORDS);
    for (Object o : words) {
      JsonObject w = object(o, "LocalAuditWords");
      String keyword = requiredString(w, "Keyword");
      int wordType = (int) Fields.optionalInteger(w, "WordType", 1, 1, 2, INVALID);
      int filterType = (int) Fields.optionalInteger(w, "FilterType", 2, 1, 2, INVALID);
      String replaced = Fields.optionalString(w, "ReplacedContent", INVALID);
      boolean added;
      try {
        added = state.addLocal(keyword, wordType, filterType, replaced, clock.millis(), max);
      } catch (PatternSyntaxException e) {
        throw new EmulatorError(INVALID, "Keyword is not a valid regular expression: " + keyword);
      }
      if (!added) {
        throw new EmulatorError(TOO_MANY, "the app holds " + max + " local words, its limit");
      }
    }
    return requestId();
  }

  /** {@code LocalAuditWords[{Id}|{Keyword}]} (≤ 10): each word named by Id, else by Keyword; unknown ones skipped. */
  JsonObject deleteLocal(JsonObject body) {
    checkApp(body);
    JsonArray words = Fields.requiredArray(body, "LocalAuditWords", INVALID);
    for (Object o : words) {
      JsonObject w = object(o, "LocalAuditWords");
      Long id = w.containsKey("Id") ? Fields.optionalInteger(w, "Id", 0, 0, Long.MAX_VALUE, INVALID) : null;
      String keyword = Fields.optionalString(w, "Keyword", INVALID);
      if (id == null && keyword == null) {
        throw new EmulatorError(INVALID, "each word needs an Id or a Keyword");
      }
      state.deleteLocal(id, keyword);
    }
    return requestId();
  }

  /**
   * {@code FilterType}, {@code Keyword} (contained), {@code Offset}, {@code Limit} (1..100, default 100). Answers
   * {@code LocalAuditWords[{Id,Keyword,WordType,FilterType,ReplacedContent,UpdateTime}]}, {@code TotalCount} and
   * {@code TotalRegCount} (matching words and regexes), {@code CurCount} and {@code CurRegCount} (on this page).
   */
  JsonObject getLocal(JsonObject body) {
    checkApp(body);
    Integer filterType = body.containsKey("FilterType")
        ? (int) Fields.optionalInteger(body, "FilterType", 0, 1, 2, INVALID) : null;
    String keyword = Fields.optionalString(body, "Keyword", INVALID);
    int offset = (int) Fields.optionalInteger(body, "Offset", 0, 0, Integer.MAX_VALUE, INVALID);
    int limit = (int) Fields.optionalInteger(body, "Limit", MAX_LIMIT, 1, MAX_LIMIT, INVALID);
    List<ModerationState.LocalWord> all = state.localWords(filterType, keyword == null || keyword.isEmpty()
        ? null : keyword);
    JsonArray list = new JsonArray();
    int cur = 0;
    int curReg = 0;
    for (int i = offset; i < all.size() && list.size() < limit; i++) {
      ModerationState.LocalWord w = all.get(i);
      JsonObject o = new JsonObject().put("Id", w.id()).put("Keyword", w.keyword()).put("WordType", w.wordType())
          .put("FilterType", w.filterType()).put("UpdateTime", w.updateTime());
      if (w.replacedContent() != null) {
        o.put("ReplacedContent", w.replacedContent());
      }
      list.add(o);
      if (w.wordType() == 2) {
        curReg++;
      } else {
        cur++;
      }
    }
    long regs = all.stream().filter(w -> w.wordType() == 2).count();
    return requestId().put("LocalAuditWords", list).put("TotalCount", all.size() - regs).put("TotalRegCount", regs)
        .put("CurCount", cur).put("CurRegCount", curReg);
  }

  /**
   * {@code AuditName}, {@code ContentType} (Text, Image, Audio, Video), {@code Content} (text ≤ 8 KB, else 93000).
   * Text is judged against the local words and the cloud keywords; other content passes (the emulator has no
   * image, audio or video recogniser). Answers RequestId, Result, Score, Label, SubLabel, Keywords.
   */
  JsonObject moderate(JsonObject body) {
    requiredString(body, "AuditName");
    String type = requiredString(body, "ContentType");
    if (!CONTENT_TYPES.contains(type)) {
      throw new EmulatorError(INVALID, "ContentType must be Text, Image, Audio or Video");
    }
    String content = requiredString(body, "Content");
    checkSize(type, content);
    return verdict(type, content, requestId());
  }

  /**
   * {@code AuditName}, {@code Contents[{ContentId,ContentType,Content}]} (≤ 10, 93008 from the registry check).
   * A ContentId given twice fails the request with 93007. Each item gets its verdict in {@code AuditResults};
   * an item that is neither text nor image carries ErrorCode 93005, text over 8 KB 93000.
   */
  JsonObject batchModerate(JsonObject body) {
    requiredString(body, "AuditName");
    JsonArray contents = Fields.requiredArray(body, "Contents", INVALID);
    Set<Long> ids = new HashSet<>();
    for (Object o : contents) {
      JsonObject item = object(o, "Contents");
      if (!item.containsKey("ContentId")) {
        throw new EmulatorError(INVALID, "ContentId is required");
      }
      long id = Fields.optionalInteger(item, "ContentId", 0, Long.MIN_VALUE, Long.MAX_VALUE, INVALID);
      if (!ids.add(id)) {
        throw new EmulatorError(TimErrorCode.AUDIT_DUPLICATE_CONTENT_ID.code(), "ContentId " + id + " is repeated");
      }
    }
    JsonArray results = new JsonArray();
    for (Object o : contents) {
      JsonObject item = (JsonObject) o;
      long id = item.getLong("ContentId");
      String type = requiredString(item, "ContentType");
      String content = requiredString(item, "Content");
      JsonObject r = new JsonObject().put("ContentId", id);
      if (!BATCH_TYPES.contains(type)) {
        results.add(error(r, TimErrorCode.AUDIT_BATCH_TYPE_UNSUPPORTED.code(), "batch moderation takes Text or Image"));
      } else if (tooLarge(type, content)) {
        results.add(error(r, TOO_LARGE, "content is larger than 8 KB"));
      } else {
        results.add(verdict(type, content, r.put("ErrorCode", 0).put("ErrorInfo", "")
            .put("RequestId", requestId().getString("RequestId"))));
      }
    }
    return requestId().put("AuditResults", results);
  }

  /** {@code Offset}, {@code Limit} (1..100), both required. Answers TotalCount and {@code Infos[{ID,LibName,…}]}. */
  JsonObject getLibraries(JsonObject body) {
    checkApp(body);
    int offset = requiredInt(body, "Offset", 0, Integer.MAX_VALUE);
    int limit = requiredInt(body, "Limit", 1, MAX_LIMIT);
    List<ModerationState.Library> libs = state.libraries();
    JsonArray infos = new JsonArray();
    for (int i = offset; i < libs.size() && infos.size() < limit; i++) {
      ModerationState.Library l = libs.get(i);
      infos.add(new JsonObject().put("ID", l.id()).put("LibName", l.name()).put("Describe", l.describe())
          .put("CreateTime", l.createTime()).put("Suggestion", l.suggestion()));
    }
    return requestId().put("TotalCount", libs.size()).put("Infos", infos);
  }

  /** {@code LibID}, {@code Offset}, {@code Limit} (1..100) and {@code Content} (contained); TotalCount and Infos. */
  JsonObject getCloud(JsonObject body) {
    checkApp(body);
    int offset = requiredInt(body, "Offset", 0, Integer.MAX_VALUE);
    int limit = requiredInt(body, "Limit", 1, MAX_LIMIT);
    ModerationState.Library lib = library(body);
    String content = Fields.optionalString(body, "Content", INVALID);
    List<ModerationState.CloudKeyword> all = state.cloudKeywords(lib, content == null || content.isEmpty()
        ? null : content);
    JsonArray infos = new JsonArray();
    for (int i = offset; i < all.size() && infos.size() < limit; i++) {
      ModerationState.CloudKeyword k = all.get(i);
      infos.add(new JsonObject().put("ID", k.id()).put("Content", k.content()).put("Label", k.label())
          .put("CreateTime", k.createTime()));
    }
    return requestId().put("TotalCount", all.size()).put("Infos", infos);
  }

  /**
   * {@code LibID}, {@code UserKeywords[{Content,Label}]} (≤ 10, 2016 from the registry check); Label one of the
   * documented categories. Beyond the library's keyword limit 2016.
   */
  JsonObject addCloud(JsonObject body) {
    checkApp(body);
    ModerationState.Library lib = library(body);
    JsonArray keywords = Fields.requiredArray(body, "UserKeywords", INVALID);
    long max = options.getLimit(EmulatorLimit.MODERATION_CLOUD_KEYWORDS_PER_LIBRARY);
    for (Object o : keywords) {
      JsonObject k = object(o, "UserKeywords");
      String content = requiredString(k, "Content");
      String label = Fields.optionalString(k, "Label", INVALID);
      if (label != null && !LABELS.contains(label)) {
        throw new EmulatorError(INVALID, "Label must be one of " + LABELS);
      }
      if (!state.addCloud(lib, content, label, clock.millis(), max)) {
        throw new EmulatorError(TOO_MANY, "library " + lib.id() + " holds " + max + " keywords, its limit");
      }
    }
    return requestId();
  }

  /**
   * {@code LibID}, {@code Keywords["…"]} (≤ 10), each the keyword's content or ID. Answers Count (deleted) and
   * {@code Details[{KeywordID,Keyword,Deleted,ErrorInfo}]}, one per requested keyword.
   */
  JsonObject deleteCloud(JsonObject body) {
    checkApp(body);
    ModerationState.Library lib = library(body);
    JsonArray keywords = Fields.requiredArray(body, "Keywords", INVALID);
    JsonArray details = new JsonArray();
    int count = 0;
    for (Object o : keywords) {
      if (!(o instanceof String s)) {
        throw new EmulatorError(INVALID, "Keywords must be strings");
      }
      ModerationState.CloudKeyword k = state.deleteCloud(lib, s);
      if (k != null) {
        count++;
        details.add(new JsonObject().put("KeywordID", k.id()).put("Keyword", k.content()).put("Deleted", true)
            .put("ErrorInfo", ""));
      } else {
        details.add(new JsonObject().put("KeywordID", "").put("Keyword", s).put("Deleted", false)
            .put("ErrorInfo", "keyword not found in the library"));
      }
    }
    return requestId().put("Count", count).put("Details", details);
  }

  private JsonObject verdict(String type, String content, JsonObject into) {
    ModerationState.Verdict v = "Text".equals(type) ? state.judge(content)
        : new ModerationState.Verdict(ModerationState.PASS, "Normal", List.of());
    int score = v.blocked() ? 100 : ModerationState.REVIEW.equals(v.result()) ? 50 : 0;
    return into.put("Result", v.result()).put("Score", score).put("Label", v.label()).put("SubLabel", "")
        .put("Keywords", new JsonArray(v.keywords()));
  }

  private static JsonObject error(JsonObject item, int code, String info) {
    return item.put("ErrorCode", code).put("ErrorInfo", info);
  }

  private static void checkSize(String type, String content) {
    if (tooLarge(type, content)) {
      throw new EmulatorError(TOO_LARGE, "content is larger than " + MAX_TEXT_BYTES + " bytes");
    }
  }

  private static boolean tooLarge(String type, String content) {
    return "Text".equals(type) && content.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES;
  }

  private ModerationState.Library library(JsonObject body) {
    String id = requiredString(body, "LibID");
    ModerationState.Library lib = state.library(id);
    if (lib == null) {
      throw new EmulatorError(INVALID, "no keyword library " + id);
    }
    return lib;
  }

  /** The page calls SdkAppId required; the URL names the app already, so an absent one is taken as it. */
  private void checkApp(JsonObject body) {
    if (body.containsKey("SdkAppId")
        && Fields.optionalInteger(body, "SdkAppId", 0, 0, Long.MAX_VALUE, INVALID) != options.getSdkAppId()) {
      throw new EmulatorError(INVALID, "SdkAppId is not this app's");
    }
  }

  private static String requiredString(JsonObject body, String field) {
    String v = Fields.optionalString(body, field, INVALID);
    if (v == null || v.isEmpty()) {
      throw new EmulatorError(INVALID, field + " is required");
    }
    return v;
  }

  private static int requiredInt(JsonObject body, String field, int min, int max) {
    if (!body.containsKey(field)) {
      throw new EmulatorError(INVALID, field + " is required");
    }
    return (int) Fields.optionalInteger(body, field, 0, min, max, INVALID);
  }

  private static JsonObject object(Object o, String list) {
    if (!(o instanceof JsonObject j)) {
      throw new EmulatorError(INVALID, list + " entries must be objects");
    }
    return j;
  }

  private JsonObject requestId() {
    return new JsonObject().put("RequestId", new UUID(0x454d554cL, requests.incrementAndGet()).toString());
  }
}

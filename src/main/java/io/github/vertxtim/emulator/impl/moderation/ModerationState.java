package io.github.vertxtim.emulator.impl.moderation;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The app's moderation words: the local word list (words and regular expressions, each replaced or intercepting)
 * and the cloud keyword libraries, with one default library the emulator keeps. Small and changed rarely, so one
 * monitor guards it all; a match reads under it too, over text of at most a few KB, and never does I/O.
 */
public final class ModerationState implements StateSection {

  /** The ID of the library every app has (the real service provisions one per app; its ID is the app's own). */
  public static final String DEFAULT_LIBRARY_ID = "00000000-0000-4000-8000-000000000001";
  static final String BLOCK = "Block";
  static final String REVIEW = "Review";
  static final String PASS = "Pass";
  /** A label for words whose page gives none (local words, cloud words added without one). */
  static final String DEFAULT_LABEL = "Composite";
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  /** A local word; {@code pattern} is set for a regular expression (WordType 2). */
  record LocalWord(long id, String keyword, int wordType, int filterType, String replacedContent, String updateTime,
                   Pattern pattern) {
  }

  /** A cloud keyword. */
  record CloudKeyword(String id, String content, String label, String createTime) {
  }

  /** A cloud keyword library and its keywords by content. */
  record Library(String id, String name, String describe, String createTime, String suggestion,
                 Map<String, CloudKeyword> keywords) {
  }

  /**
   * What text matched: the strongest suggestion, its label, every keyword hit, and the name of the cloud library
   * whose keyword decided (null when a local word or nothing did).
   */
  record Verdict(String result, String label, List<String> keywords, String library) {
    Verdict(String result, String label, List<String> keywords) {
      this(result, label, keywords, null);
    }

    boolean blocked() {
      return BLOCK.equals(result);
    }
  }

  private final Map<Long, LocalWord> localById = new LinkedHashMap<>();
  private final Map<String, Library> libraries = new LinkedHashMap<>();
  private long nextId;

  public ModerationState() {
    clear();
  }

  /** Adds or (same keyword and type) updates a local word; false when {@code max} words are held already. */
  synchronized boolean addLocal(String keyword, int wordType, int filterType, String replaced, long nowMillis,
                                long max) {
    LocalWord existing = findLocal(keyword, wordType);
    if (existing == null && localById.size() >= max) {
      return false;
    }
    long id = existing != null ? existing.id() : ++nextId;
    Pattern p = wordType == 2 ? Pattern.compile(keyword) : null;
    localById.put(id, new LocalWord(id, keyword, wordType, filterType, replaced, TIME.format(Instant.ofEpochMilli(
        nowMillis)), p));
    return true;
  }

  /** Deletes by Id, else by keyword (any type); false when nothing matched. */
  synchronized boolean deleteLocal(Long id, String keyword) {
    if (id != null && localById.remove(id) != null) {
      return true;
    }
    return keyword != null && localById.values().removeIf(w -> w.keyword().equals(keyword));
  }

  /** The local words with {@code filterType} (null: any) containing {@code keyword} (null: any), in order added. */
  synchronized List<LocalWord> localWords(Integer filterType, String keyword) {
    List<LocalWord> out = new ArrayList<>();
    for (LocalWord w : localById.values()) {
      if ((filterType == null || w.filterType() == filterType) && (keyword == null || w.keyword().contains(keyword))) {
        out.add(w);
      }
    }
    return out;
  }

  synchronized List<Library> libraries() {
    return List.copyOf(libraries.values());
  }

  synchronized Library library(String id) {
    return libraries.get(id);
  }

  /** Adds a keyword to the library; false when it holds {@code max} already. Adding one again keeps one. */
  synchronized boolean addCloud(Library lib, String content, String label, long nowMillis, long max) {
    if (lib.keywords().containsKey(content)) {
      return true;
    }
    if (lib.keywords().size() >= max) {
      return false;
    }
    lib.keywords().put(content, new CloudKeyword(Long.toString(++nextId), content,
        label == null ? DEFAULT_LABEL : label, TIME.format(Instant.ofEpochMilli(nowMillis))));
    return true;
  }

  /** Removes the keyword named by its content or ID; the removed one, or null. */
  synchronized CloudKeyword deleteCloud(Library lib, String contentOrId) {
    CloudKeyword k = lib.keywords().remove(contentOrId);
    if (k != null) {
      return k;
    }
    for (CloudKeyword c : lib.keywords().values()) {
      if (c.id().equals(contentOrId)) {
        return lib.keywords().remove(c.content());
      }
    }
    return null;
  }

  /** A library's keywords containing {@code content} (null: all), in order added. */
  synchronized List<CloudKeyword> cloudKeywords(Library lib, String content) {
    return lib.keywords().values().stream().filter(k -> content == null || k.content().contains(content)).toList();
  }

  /**
   * Judges text: a local intercepting word or a cloud keyword (whose library suggests Block) blocks it; a local
   * replacing word marks it for review (the text would go out altered, not refused); else it passes.
   */
  synchronized Verdict judge(String text) {
    Verdict local = local(text);
    Verdict cloud = cloud(text);
    List<String> hits = new ArrayList<>(local.keywords());
    hits.addAll(cloud.keywords());
    Verdict decided = stronger(cloud.result(), local.result()) ? cloud : local;
    return new Verdict(decided.result(), decided.label(), List.copyOf(hits), decided.library());
  }

  /** The local word list's verdict: an intercepting word blocks, a replacing one marks for review. */
  private Verdict local(String text) {
    String result = PASS;
    String label = "Normal";
    List<String> hits = new ArrayList<>();
    for (LocalWord w : localById.values()) {
      boolean hit = w.pattern() != null ? w.pattern().matcher(text).find() : text.contains(w.keyword());
      if (hit) {
        hits.add(w.keyword());
        String r = w.filterType() == 2 ? BLOCK : REVIEW;
        if (stronger(r, result)) {
          result = r;
          label = DEFAULT_LABEL;
        }
      }
    }
    return new Verdict(result, label, hits);
  }

  /**
   * The cloud review's verdict alone (the keyword libraries; the local word list is not the cloud service): the
   * strongest suggestion of the libraries with a keyword in the text, with that library's name.
   */
  synchronized Verdict cloud(String text) {
    String result = PASS;
    String label = "Normal";
    String library = null;
    List<String> hits = new ArrayList<>();
    for (Library lib : libraries.values()) {
      for (CloudKeyword k : lib.keywords().values()) {
        if (text.contains(k.content())) {
          hits.add(k.content());
          if (stronger(lib.suggestion(), result)) {
            result = lib.suggestion();
            label = k.label();
            library = lib.name();
          }
        }
      }
    }
    return new Verdict(result, label, List.copyOf(hits), library);
  }

  private static boolean stronger(String a, String than) {
    return rank(a) > rank(than);
  }

  private static int rank(String result) {
    return BLOCK.equals(result) ? 2 : REVIEW.equals(result) ? 1 : 0;
  }

  /** Every local word and cloud keyword (a snapshot, for tests). */
  public synchronized Set<String> allKeywords() {
    Set<String> all = new TreeSet<>();
    localById.values().forEach(w -> all.add(w.keyword()));
    libraries.values().forEach(l -> all.addAll(l.keywords().keySet()));
    return all;
  }

  private LocalWord findLocal(String keyword, int wordType) {
    for (LocalWord w : localById.values()) {
      if (w.keyword().equals(keyword) && w.wordType() == wordType) {
        return w;
      }
    }
    return null;
  }

  @Override
  public String sectionName() {
    return "moderation";
  }

  /** Local words (regular expressions are compiled again on load), every library and the ID counter. */
  @Override
  public synchronized JsonObject save() {
    JsonArray local = new JsonArray();
    localById.values().forEach(w -> local.add(new JsonObject().put("id", w.id()).put("keyword", w.keyword())
        .put("wordType", w.wordType()).put("filterType", w.filterType()).put("replacedContent", w.replacedContent())
        .put("updateTime", w.updateTime())));
    JsonArray libs = new JsonArray();
    libraries.values().forEach(l -> {
      JsonArray words = new JsonArray();
      l.keywords().values().forEach(k -> words.add(new JsonObject().put("id", k.id()).put("content", k.content())
          .put("label", k.label()).put("createTime", k.createTime())));
      libs.add(new JsonObject().put("id", l.id()).put("name", l.name()).put("describe", l.describe())
          .put("createTime", l.createTime()).put("suggestion", l.suggestion()).put("keywords", words));
    });
    return new JsonObject().put("nextId", nextId).put("local", local).put("libraries", libs);
  }

  /** Replaces the default library with the saved ones (the saved state has it, perhaps with keywords). */
  @Override
  public synchronized void load(JsonObject saved) {
    libraries.clear();
    for (JsonObject w : Saved.objects(saved, "local")) {
      int wordType = (int) Saved.number(w, "wordType");
      String keyword = Saved.string(w, "keyword");
      long id = Saved.number(w, "id");
      localById.put(id, new LocalWord(id, keyword, wordType, (int) Saved.number(w, "filterType"),
          Saved.nullableString(w, "replacedContent"), Saved.string(w, "updateTime"),
          wordType == 2 ? Pattern.compile(keyword) : null));
    }
    for (JsonObject l : Saved.objects(saved, "libraries")) {
      Map<String, CloudKeyword> words = new LinkedHashMap<>();
      for (JsonObject k : Saved.objects(l, "keywords")) {
        CloudKeyword kw = new CloudKeyword(Saved.string(k, "id"), Saved.string(k, "content"), Saved.string(k, "label"),
            Saved.string(k, "createTime"));
        words.put(kw.content(), kw);
      }
      Library lib = new Library(Saved.string(l, "id"), Saved.string(l, "name"), Saved.string(l, "describe"),
          Saved.string(l, "createTime"), Saved.string(l, "suggestion"), words);
      libraries.put(lib.id(), lib);
    }
    nextId = Saved.number(saved, "nextId");
  }

  /** Back to one empty default library and no local words. */
  @Override
  public synchronized void clear() {
    localById.clear();
    libraries.clear();
    nextId = 0;
    libraries.put(DEFAULT_LIBRARY_ID, new Library(DEFAULT_LIBRARY_ID, "emulator_default", "", "1970-01-01 00:00:00",
        BLOCK, new LinkedHashMap<>()));
  }
}

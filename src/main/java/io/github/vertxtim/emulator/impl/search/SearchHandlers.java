package io.github.vertxtim.emulator.impl.search;

import io.github.vertxtim.Region;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorFeature;
import io.github.vertxtim.emulator.impl.group.Group;
import io.github.vertxtim.emulator.impl.group.GroupMember;
import io.github.vertxtim.emulator.impl.group.GroupState;
import io.github.vertxtim.emulator.impl.group.GroupType;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.EndpointHandler;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Cloud search over the emulator's live groups and members: group_search/search (https://cloud.tencent.com/document/product/269/114549) and
 * group_member_search/search (https://cloud.tencent.com/document/product/269/114548). A console feature ({@link EmulatorFeature#CLOUD_SEARCH}, 60020 when
 * off), served in the China and Singapore regions only: a request that came to another region's domain answers
 * 60020 too. Requests to other hosts (the emulator's own address) are served.
 */
public final class SearchHandlers {

  /** "Count: at most 100 per request; more is treated as 100" (https://cloud.tencent.com/document/product/269/114549, https://cloud.tencent.com/document/product/269/114548). */
  static final int MAX_COUNT = 100;
  /** The regions that serve cloud search ("only China and Singapore": https://cloud.tencent.com/document/product/269/114549). */
  static final Set<Region> REGIONS = Set.of(Region.CHINA, Region.SINGAPORE);
  /** Live groups are not searchable (https://trtc.io/document/67681). */
  static final Set<GroupType> SEARCHABLE = Set.of(GroupType.Private, GroupType.Public, GroupType.ChatRoom,
      GroupType.Community);

  private static final int INVALID = TimErrorCode.GROUP_INVALID_PARAMETER.code();
  private static final int UNAVAILABLE = EmulatorFeature.CLOUD_SEARCH.notEnabledCode();
  /** A stand-in for the service's numeric internal IDs (TinyID), stable per UserID. */
  private static final long TINY_ID_BASE = 144_115_200_000_000_000L;

  private final GroupState groups;
  private final Function<String, String> nick;

  /** @param nick an account's nickname ("" when none) */
  public SearchHandlers(GroupState groups, Function<String, String> nick) {
    this.groups = groups;
    this.nick = nick;
  }

  public void install(HandlerTable table) {
    table.handle("group_search/search", EmulatorFeature.CLOUD_SEARCH, regional(this::searchGroups));
    table.handle("group_member_search/search", EmulatorFeature.CLOUD_SEARCH, regional(this::searchGroupMembers));
  }

  /** A handler that first checks the region the request's Host names. */
  private static EndpointHandler regional(EndpointHandler handler) {
    return new EndpointHandler() {
      @Override
      public JsonObject handle(JsonObject body) {
        return handler.handle(body);
      }

      @Override
      public JsonObject handle(JsonObject body, String host) {
        Region region = regionOf(host);
        if (region != null && !REGIONS.contains(region)) {
          throw new EmulatorError(UNAVAILABLE, "cloud search is not available in the " + region + " region");
        }
        return handler.handle(body);
      }
    };
  }

  /** The region whose primary or backup domain {@code host} (with or without a port) is, or null. */
  static Region regionOf(String host) {
    if (host == null) {
      return null;
    }
    String name = host.toLowerCase(Locale.ROOT);
    int colon = name.lastIndexOf(':');
    if (colon > 0 && name.indexOf(']') < colon) {
      name = name.substring(0, colon);
    }
    for (Region r : Region.values()) {
      if (name.equals(r.host()) || name.equals(r.backupHost())) {
        return r;
      }
    }
    return null;
  }

  /**
   * {@code {"Keywords":["a"],"KeywordMatchType":0|1,"GroupType":[…],"Count":N,"Cursor":"…"}}: groups whose name
   * contains a keyword (case-insensitive) or whose GroupID equals one; KeywordMatchType 1 needs every keyword to
   * match, 0 (default) any. Answers {@code IsFinish}, {@code TotalCount}, {@code Groups} and {@code Cursor}.
   */
  JsonObject searchGroups(JsonObject body) {
    Query q = Query.of(body);
    List<String> types = strings(body, "GroupType");
    List<JsonObject> matches = new ArrayList<>();
    for (Group g : groups.all()) {
      if (!SEARCHABLE.contains(g.type()) || (types != null && !types.isEmpty() && !types.contains(g.type().name()))) {
        continue;
      }
      String name = g.name();
      if (q.matches(k -> contains(name, k) || g.groupId().equals(k))) {
        String owner = g.owner() == null ? "" : g.owner();
        matches.add(new JsonObject().put("GroupType", g.type().name()).put("GroupID", g.groupId())
            .put("GroupName", name).put("GroupMemberNum", g.memberCount()).put("GroupFaceUrl", g.faceUrl())
            .put("GroupIntroduction", g.introduction()).put("GroupOwnerUserID", owner)
            .put("GroupOwnerTinyID", owner.isEmpty() ? 0 : tinyId(owner))
            .put("GroupOwnerUserName", owner.isEmpty() ? "" : nick.apply(owner)));
      }
    }
    return q.page(matches, "Groups");
  }

  /**
   * {@code {"Keywords","KeywordMatchType","GroupType":[…],"GroupIdList":[…],"Count","Cursor"}}: members whose name
   * card or nickname contains a keyword (case-insensitive) or whose UserID equals one, one result per group they
   * match in. Answers {@code IsFinish}, {@code TotalCount}, {@code GroupMembers} and {@code Cursor}.
   */
  JsonObject searchGroupMembers(JsonObject body) {
    Query q = Query.of(body);
    List<String> types = strings(body, "GroupType");
    List<String> ids = strings(body, "GroupIdList");
    List<JsonObject> matches = new ArrayList<>();
    for (Group g : groups.all()) {
      boolean inScope = SEARCHABLE.contains(g.type())
          && (types == null || types.isEmpty() || types.contains(g.type().name()))
          && (ids == null || ids.isEmpty() || ids.contains(g.groupId()));
      if (!inScope) {
        continue;
      }
      for (GroupMember m : g.members()) {
        String nickname = nick.apply(m.userId());
        if (q.matches(k -> contains(m.nameCard(), k) || contains(nickname, k) || m.userId().equals(k))) {
          matches.add(new JsonObject().put("GroupType", g.type().name()).put("GroupID", g.groupId())
              .put("GroupName", g.name()).put("GroupMemberUserID", m.userId())
              .put("GroupMemberTinyID", tinyId(m.userId())).put("GroupMemberUserName", nickname)
              .put("GroupMemberNameCard", m.nameCard()));
        }
      }
    }
    return q.page(matches, "GroupMembers");
  }

  private static boolean contains(String text, String keyword) {
    return text != null && !keyword.isEmpty()
        && text.toLowerCase(Locale.ROOT).contains(keyword.toLowerCase(Locale.ROOT));
  }

  private static long tinyId(String userId) {
    return TINY_ID_BASE + (userId.hashCode() & 0x7fff_ffffL);
  }

  private static List<String> strings(JsonObject body, String field) {
    Object v = body.getValue(field);
    if (v == null) {
      return null;
    }
    if (!(v instanceof JsonArray a) || a.stream().anyMatch(e -> !(e instanceof String))) {
      throw new EmulatorError(INVALID, field + " must be an array of strings");
    }
    return a.stream().map(String.class::cast).toList();
  }

  /** The keywords, how they combine, the page size and where the page starts. */
  private record Query(List<String> keywords, boolean all, int count, int offset) {

    static Query of(JsonObject body) {
      List<String> keywords = strings(body, "Keywords");
      if (keywords == null || keywords.isEmpty()) {
        throw new EmulatorError(INVALID, "Keywords is required");
      }
      if (!body.containsKey("Count")) {
        throw new EmulatorError(INVALID, "Count is required");
      }
      long count = Math.min(MAX_COUNT, Fields.optionalInteger(body, "Count", MAX_COUNT, 1, Integer.MAX_VALUE, INVALID));
      boolean all = Fields.optionalInteger(body, "KeywordMatchType", 0, 0, 1, INVALID) == 1;
      String cursor = Fields.optionalString(body, "Cursor", INVALID);
      return new Query(keywords, all, (int) count, cursor == null || cursor.isEmpty() ? 0 : offsetOf(cursor));
    }

    boolean matches(Predicate<String> keywordMatches) {
      return all ? keywords.stream().allMatch(keywordMatches) : keywords.stream().anyMatch(keywordMatches);
    }

    /** This query's page of {@code matches} under {@code field}, with IsFinish, TotalCount and Cursor. */
    JsonObject page(List<JsonObject> matches, String field) {
      int from = Math.min(offset, matches.size());
      int to = Math.min(matches.size(), from + count);
      boolean finished = to >= matches.size();
      return new JsonObject().put("IsFinish", finished).put("TotalCount", matches.size())
          .put(field, new JsonArray(new ArrayList<>(matches.subList(from, to))))
          .put("Cursor", finished ? "" : cursorOf(to));
    }

    private static String cursorOf(int offset) {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(("o" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offsetOf(String cursor) {
      try {
        String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        if (s.startsWith("o")) {
          return Integer.parseInt(s.substring(1));
        }
      } catch (IllegalArgumentException e) {
        // falls through: not a cursor of ours
      }
      throw new EmulatorError(INVALID, "Cursor must be a value from a previous answer");
    }
  }
}

package io.github.vertxtim.emulator.impl.conversation;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.shared.Accounts;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recent contacts and conversation groups/marks (catalog §4.7;
 * https://www.tencentcloud.com/document/product/1047/43087 and the pages it links). Whole-request problems fail
 * with the recentcontact codes (50001 From_Account not imported, 50002 bad parameters, 51006 too many
 * conversations, 51009–51011 group errors); problems of one conversation stay in its ResultItem.
 */
public final class ConversationHandlers {

  static final int NOT_IMPORTED = TimErrorCode.CONTACT_ACCOUNT_NOT_IMPORTED.code();   // 50001
  static final int INVALID = TimErrorCode.CONTACT_INVALID_PARAMETERS.code();          // 50002
  static final int TOO_MANY = TimErrorCode.CONTACT_TOO_MANY.code();                   // 51006
  static final int DATA_LIMIT = TimErrorCode.CONTACT_MARK_LIMIT.code();               // 51008
  static final int GROUP_NOT_FOUND = TimErrorCode.CONTACT_GROUP_NOT_FOUND.code();     // 51009
  static final int GROUP_LIMIT = TimErrorCode.CONTACT_GROUP_LIMIT.code();             // 51010
  static final int NAME_TOO_LONG = TimErrorCode.CONTACT_GROUP_NAME_TOO_LONG.code();   // 51011

  /** Conversations per get_list page, and contact data per get_contact_group page. */
  static final int PAGE_SIZE = 100;
  /** Conversations one group create or update may carry (51006). */
  static final int MAX_CONTACTS_PER_UPDATE = 100;
  static final int MAX_GROUP_NAME_BYTES = 32;
  static final int MAX_CUSTOM_MARK_BYTES = 256;
  /** Standard mark bits 0..62 (the answer's StandardMark is their bit string). */
  static final int MARK_BITS = 63;

  private final ConversationState state;
  private final Accounts accounts;
  private final int maxGroups;
  private final int maxData;

  public ConversationHandlers(ConversationState state, Accounts accounts, TimEmulatorOptions options) {
    this.state = state;
    this.accounts = accounts;
    this.maxGroups = (int) options.getLimit(EmulatorLimit.CONTACT_GROUPS);
    this.maxData = (int) options.getLimit(EmulatorLimit.GROUPED_CONVERSATIONS);
  }

  public void install(HandlerTable table) {
    table.handle("recentcontact/get_list", this::getList);
    table.handle("recentcontact/delete", this::delete);
    table.handle("recentcontact/create_contact_group", this::createContactGroup);
    table.handle("recentcontact/del_contact_group", this::delContactGroup);
    table.handle("recentcontact/update_contact_group", this::updateContactGroup);
    table.handle("recentcontact/search_contact_group", this::searchContactGroup);
    table.handle("recentcontact/mark_contact", this::markContact);
    table.handle("recentcontact/get_contact_group", this::getContactGroup);
  }

  /**
   * {@code {"From_Account","TimeStamp","StartIndex","TopTimeStamp","TopStartIndex","AssistFlags"}} →
   * {@code SessionItem[{Type,To_Account|GroupId,MsgTime,TopFlag}]}, CompleteFlag and the next page's cursors.
   */
  JsonObject getList(JsonObject body) {
    String owner = fromAccount(body);
    RecentContacts.Cursor normal = new RecentContacts.Cursor(uint(body, "TimeStamp"), (int) index(body, "StartIndex"));
    RecentContacts.Cursor top = new RecentContacts.Cursor(uint(body, "TopTimeStamp"),
        (int) index(body, "TopStartIndex"));
    int flags = (int) Fields.optionalInteger(body, "AssistFlags", 0, 0, Integer.MAX_VALUE, INVALID);
    RecentContacts.Page page = state.recent(owner).page(normal, top, flags, PAGE_SIZE);
    boolean topFlags = (flags & RecentContacts.WITH_PINNED) != 0;
    JsonArray items = new JsonArray();
    for (RecentContacts.Conversation c : page.conversations()) {
      JsonObject item = new JsonObject().put("Type", c.type());
      item.put(c.type() == ConversationState.C2C ? "To_Account" : "GroupId", c.peer());
      items.add(item.put("MsgTime", c.msgTime()).put("TopFlag", topFlags && c.pinned() ? 1 : 0));
    }
    return new JsonObject().put("SessionItem", items).put("CompleteFlag", page.complete() ? 1 : 0)
        .put("TimeStamp", page.next().time()).put("StartIndex", page.next().index())
        .put("TopTimeStamp", page.nextTop().time()).put("TopStartIndex", page.nextTop().index());
  }

  /**
   * {@code {"From_Account","Type":1|2,"To_Account"|"ToGroupid","ClearRamble":0|1}}: removes the conversation
   * (an absent one is no error); ClearRamble 1 on a one-to-one conversation clears its roaming messages. The
   * conversation-group spelling {@code ToGroupId} is accepted too.
   */
  JsonObject delete(JsonObject body) {
    String owner = fromAccount(body);
    int type = (int) Fields.optionalInteger(body, "Type", -1, 1, 2, INVALID);
    if (type < 0) {
      throw new EmulatorError(INVALID, "Type is required: 1 (C2C) or 2 (group)");
    }
    String peer = type == ConversationState.C2C ? Fields.optionalString(body, "To_Account", INVALID)
        : Fields.optionalString(body, body.containsKey("ToGroupid") ? "ToGroupid" : "ToGroupId", INVALID);
    if (peer == null || peer.isEmpty()) {
      throw new EmulatorError(INVALID, (type == ConversationState.C2C ? "To_Account" : "ToGroupid")
          + " is required for Type " + type);
    }
    boolean clearRamble = Fields.optionalInteger(body, "ClearRamble", 0, 0, 1, INVALID) == 1;
    state.delete(owner, type, peer, clearRamble);
    return new JsonObject();
  }

  /**
   * {@code {"From_Account","GroupContactItem":[{"GroupName","ContactItem":[..]}]}} (one group per request, as the
   * page says) → {@code GroupResultItem[{GroupItem:{GroupName,GroupId},
   * ResultItem[{ContactItem,ResultCode,ResultInfo}]}]}.
   */
  JsonObject createContactGroup(JsonObject body) {
    String owner = fromAccount(body);
    JsonArray items = Fields.requiredArray(body, "GroupContactItem", INVALID);
    if (items.size() > 1) {
      throw new EmulatorError(INVALID, "GroupContactItem: one group per request");
    }
    if (!(items.getValue(0) instanceof JsonObject item)) {
      throw new EmulatorError(INVALID, "GroupContactItem entries must be objects");
    }
    String name = groupName(item, "GroupName");
    JsonArray contacts = optionalArray(item, "ContactItem");
    if (contacts.size() > MAX_CONTACTS_PER_UPDATE) {
      throw new EmulatorError(TOO_MANY, "at most " + MAX_CONTACTS_PER_UPDATE + " conversations per request");
    }
    ContactGroups data = state.contactGroups(owner);
    ContactGroups.Group group;
    synchronized (data) {
      if (data.group(name) != null) {
        throw new EmulatorError(INVALID, "a conversation group named " + name + " exists");
      }
      if (data.groupCount() >= maxGroups) {
        throw new EmulatorError(GROUP_LIMIT, "at most " + maxGroups + " conversation groups per user");
      }
      group = data.create(name);
    }
    JsonArray results = new JsonArray();
    for (Object c : contacts) {
      Contact contact = contact(c);
      int code = contact.problem != 0 ? contact.problem
          : data.add(group, contact.type, contact.peer, state.now(), maxData);
      results.add(result(c, code));
    }
    return new JsonObject().put("GroupResultItem", new JsonArray().add(new JsonObject()
        .put("GroupItem", groupItem(group.id(), name)).put("ResultItem", results)));
  }

  /** {@code {"From_Account","GroupName":["x"]}} → {@code GroupItem[{GroupName,GroupId}]}; 51009 when unknown. */
  JsonObject delContactGroup(JsonObject body) {
    String owner = fromAccount(body);
    JsonArray names = Fields.requiredArray(body, "GroupName", INVALID);
    if (names.size() > 1) {
      throw new EmulatorError(INVALID, "GroupName: one group per request");
    }
    if (!(names.getValue(0) instanceof String name)) {
      throw new EmulatorError(INVALID, "GroupName entries must be strings");
    }
    ContactGroups data = state.contactGroups(owner);
    ContactGroups.Group g = data.group(name);
    if (g == null) {
      throw new EmulatorError(GROUP_NOT_FOUND, "no conversation group named " + name);
    }
    data.delete(g, state.now());
    return new JsonObject().put("GroupItem", new JsonArray().add(groupItem(g.id(), g.name())));
  }

  /**
   * {@code {"From_Account","UpdateType":1,"UpdateGroup":{"UpdateGroupType":1|2,"OldGroupName","NewGroupName",
   * "ContactUpdateItem":[{"ContactOptType":1|2,"ContactItem":{..}}]}}}: 1 renames, 2 adds (1) and removes (2)
   * conversations → {@code UpdateType, UpdateGroupResult{UpdateGroupType,GroupName,GroupId,OldGroupName,
   * ContactResultItem[..]}}.
   */
  JsonObject updateContactGroup(JsonObject body) {
    String owner = fromAccount(body);
    if (Fields.optionalInteger(body, "UpdateType", -1, 1, 1, INVALID) != 1) {
      throw new EmulatorError(INVALID, "UpdateType is required and must be 1");
    }
    if (!(body.getValue("UpdateGroup") instanceof JsonObject update)) {
      throw new EmulatorError(INVALID, "UpdateGroup is required");
    }
    int updateGroupType = (int) Fields.optionalInteger(update, "UpdateGroupType", -1, 1, 2, INVALID);
    if (updateGroupType < 0) {
      throw new EmulatorError(INVALID, "UpdateGroupType is required: 1 (rename) or 2 (conversations)");
    }
    String oldName = Fields.optionalString(update, "OldGroupName", INVALID);
    if (oldName == null) {
      throw new EmulatorError(INVALID, "OldGroupName is required");
    }
    ContactGroups data = state.contactGroups(owner);
    ContactGroups.Group g = data.group(oldName);
    if (g == null) {
      throw new EmulatorError(GROUP_NOT_FOUND, "no conversation group named " + oldName);
    }
    JsonArray results = new JsonArray();
    String name = oldName;
    if (updateGroupType == 1) {
      name = groupName(update, "NewGroupName");
      synchronized (data) {
        ContactGroups.Group other = data.group(name);
        if (other != null && other.id() != g.id()) {
          throw new EmulatorError(INVALID, "a conversation group named " + name + " exists");
        }
        data.rename(g, name);
      }
    } else {
      JsonArray changes = Fields.requiredArray(update, "ContactUpdateItem", INVALID);
      if (changes.size() > MAX_CONTACTS_PER_UPDATE) {
        throw new EmulatorError(TOO_MANY, "at most " + MAX_CONTACTS_PER_UPDATE + " conversations per request");
      }
      for (Object change : changes) {
        JsonObject ch = change instanceof JsonObject o ? o : new JsonObject();
        Object opt = ch.getValue("ContactOptType");
        Object item = ch.getValue("ContactItem");
        Contact contact = contact(item);
        int code = contact.problem;
        if (code == 0 && !(opt instanceof Integer || opt instanceof Long)) {
          code = INVALID;
        }
        if (code == 0) {
          long op = ((Number) opt).longValue();
          if (op == 1) {
            code = data.add(g, contact.type, contact.peer, state.now(), maxData);
          } else if (op == 2) {
            data.remove(g, contact.type, contact.peer, state.now());
          } else {
            code = INVALID;
          }
        }
        results.add(result(item, code).put("ContactOptType", opt));
      }
    }
    JsonObject outcome = new JsonObject().put("UpdateGroupType", updateGroupType).put("GroupName", name)
        .put("GroupId", g.id()).put("OldGroupName", oldName).put("ContactResultItem", results);
    return new JsonObject().put("UpdateType", 1).put("UpdateGroupResult", outcome);
  }

  /**
   * {@code {"From_Account","ContactItem":[..≤300]}} → {@code ContactResultItem[..]} for the conversations that have
   * group or mark data, and {@code GroupItem[..]} the groups they are in.
   */
  JsonObject searchContactGroup(JsonObject body) {
    String owner = fromAccount(body);
    JsonArray items = Fields.requiredArray(body, "ContactItem", INVALID);
    ContactGroups data = state.contactGroups(owner);
    JsonArray found = new JsonArray();
    Map<Integer, String> groupNames = groupNames(data);
    Map<Integer, String> used = new LinkedHashMap<>();
    for (Object item : items) {
      Contact contact = contact(item);
      if (contact.problem != 0) {
        throw new EmulatorError(INVALID, "ContactItem: " + Fields.label(item) + " is not a conversation");
      }
      ContactGroups.Data d = data.data(contact.type, contact.peer);
      if (d != null) {
        found.add(contactData(d));
        d.groupIds().forEach(id -> used.put(id, groupNames.get(id)));
      }
    }
    JsonArray groups = new JsonArray();
    used.forEach((id, n) -> groups.add(groupItem(id, n)));
    return new JsonObject().put("ContactResultItem", found).put("GroupItem", groups);
  }

  /**
   * {@code {"From_Account","MarkItem":[{"OptType":1|2|3,"ContactItem","SetMark":[n],"ClearMark":[n],
   * "CustomMark"}]}} → {@code ResultItem[{OptType,ContactItem,ResultCode,ResultInfo}]}: 1 standard marks, 2 the
   * custom mark (≤256 bytes), 3 both; 50002 or 51008 per conversation.
   */
  JsonObject markContact(JsonObject body) {
    String owner = fromAccount(body);
    JsonArray items = Fields.requiredArray(body, "MarkItem", INVALID);
    ContactGroups data = state.contactGroups(owner);
    JsonArray results = new JsonArray();
    for (Object entry : items) {
      JsonObject mark = entry instanceof JsonObject o ? o : new JsonObject();
      Object item = mark.getValue("ContactItem");
      Object opt = mark.getValue("OptType");
      Contact contact = contact(item);
      int code = contact.problem;
      long optType = opt instanceof Integer || opt instanceof Long ? ((Number) opt).longValue() : -1;
      if (code == 0 && (optType < 1 || optType > 3)) {
        code = INVALID;
      }
      long set = 0;
      long clear = 0;
      String custom = null;
      if (code == 0 && (optType & 1) != 0) {
        set = bits(mark.getValue("SetMark"));
        clear = bits(mark.getValue("ClearMark"));
        if (set < 0 || clear < 0) {
          code = INVALID;
        }
      }
      if (code == 0 && (optType & 2) != 0) {
        Object c = mark.getValue("CustomMark");
        custom = c == null ? "" : c instanceof String s ? s : null;
        if (custom == null || custom.getBytes(StandardCharsets.UTF_8).length > MAX_CUSTOM_MARK_BYTES) {
          code = INVALID;
        }
      }
      if (code == 0) {
        code = data.mark(contact.type, contact.peer, set, clear, custom, state.now(), maxData);
      }
      results.add(result(item, code).put("OptType", opt));
    }
    return new JsonObject().put("ResultItem", results);
  }

  /**
   * {@code {"From_Account","StartIndex"}} → {@code ContactItem[..]} (a page of conversation data),
   * {@code GroupItem[..]} (every group), CompleteFlag and NextStartIndex.
   */
  JsonObject getContactGroup(JsonObject body) {
    String owner = fromAccount(body);
    int start = (int) index(body, "StartIndex");
    ContactGroups data = state.contactGroups(owner);
    List<ContactGroups.Data> all = data.allData();
    JsonArray page = new JsonArray();
    int end = Math.min(all.size(), start + PAGE_SIZE);
    for (int i = start; i < end; i++) {
      page.add(contactData(all.get(i)));
    }
    JsonArray groups = new JsonArray();
    groupNames(data).forEach((id, n) -> groups.add(groupItem(id, n)));
    boolean complete = end >= all.size();
    return new JsonObject().put("ContactItem", page).put("GroupItem", groups).put("CompleteFlag", complete ? 1 : 0)
        .put("NextStartIndex", complete ? 0 : end);
  }

  // ---- parsing ----

  /** From_Account: 50002 when missing or not a UserID, 50001 when not imported. */
  private String fromAccount(JsonObject body) {
    String userId = Fields.requiredUserId(body, "From_Account", INVALID);
    if (!accounts.exists(userId)) {
      throw new EmulatorError(NOT_IMPORTED, "From_Account not imported: " + userId);
    }
    return userId;
  }

  private static long uint(JsonObject body, String field) {
    return Fields.optionalInteger(body, field, 0, 0, 4_294_967_295L, INVALID);
  }

  private static long index(JsonObject body, String field) {
    return Fields.optionalInteger(body, field, 0, 0, Integer.MAX_VALUE, INVALID);
  }

  private static String groupName(JsonObject o, String field) {
    String name = Fields.optionalString(o, field, INVALID);
    if (name == null || name.isEmpty()) {
      throw new EmulatorError(INVALID, field + " is required");
    }
    if (name.getBytes(StandardCharsets.UTF_8).length > MAX_GROUP_NAME_BYTES) {
      throw new EmulatorError(NAME_TOO_LONG, field + " is longer than " + MAX_GROUP_NAME_BYTES + " bytes");
    }
    return name;
  }

  private static JsonArray optionalArray(JsonObject o, String field) {
    Object v = o.getValue(field);
    if (v == null) {
      return new JsonArray();
    }
    if (!(v instanceof JsonArray a)) {
      throw new EmulatorError(INVALID, field + " must be an array");
    }
    return a;
  }

  /** A ContactItem: Type 1 with To_Account, or 2 with ToGroupId; {@code problem} 50002 otherwise. */
  private record Contact(int type, String peer, int problem) {
  }

  private static Contact contact(Object item) {
    if (item instanceof JsonObject o) {
      Object type = o.getValue("Type");
      if (type instanceof Integer t && t == ConversationState.C2C
          && Fields.userIdProblem(o.getValue("To_Account")) == 0) {
        return new Contact(t, o.getString("To_Account"), 0);
      }
      if (type instanceof Integer t && t == ConversationState.GROUP && o.getValue("ToGroupId") instanceof String g
          && !g.isEmpty()) {
        return new Contact(t, g, 0);
      }
    }
    return new Contact(0, null, INVALID);
  }

  /** The bit mask of a SetMark/ClearMark list; -1 when malformed. */
  private static long bits(Object list) {
    if (list == null) {
      return 0;
    }
    if (!(list instanceof JsonArray a)) {
      return -1;
    }
    long mask = 0;
    for (Object v : a) {
      if (!(v instanceof Integer n) || n < 0 || n >= MARK_BITS) {
        return -1;
      }
      mask |= 1L << n;
    }
    return mask;
  }

  private static Map<Integer, String> groupNames(ContactGroups data) {
    Map<Integer, String> names = new LinkedHashMap<>();
    for (ContactGroups.Group g : data.groups()) {
      names.put(g.id(), g.name());
    }
    return names;
  }

  private static JsonObject groupItem(int id, String name) {
    return new JsonObject().put("GroupName", name).put("GroupId", id);
  }

  private static JsonObject result(Object item, int code) {
    return new JsonObject().put("ContactItem", item instanceof JsonObject o ? o.copy() : item)
        .put("ResultCode", code).put("ResultInfo", code == 0 ? "" : info(code));
  }

  private static String info(int code) {
    return code == DATA_LIMIT ? "grouped or marked conversation limit reached" : "illegal conversation parameters";
  }

  private static JsonObject contactData(ContactGroups.Data d) {
    JsonObject o = new JsonObject().put("Type", d.type());
    o.put(d.type() == ConversationState.C2C ? "To_Account" : "ToGroupId", d.peer());
    return o.put("StandardMark", Long.toBinaryString(d.standardMark())).put("CustomMark", d.customMark())
        .put("ContactGroupId", new JsonArray(List.copyOf(d.groupIds()))).put("Timestamp", d.timestamp());
  }
}

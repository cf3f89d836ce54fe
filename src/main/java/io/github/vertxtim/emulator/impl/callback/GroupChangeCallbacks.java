package io.github.vertxtim.emulator.impl.callback;

import io.github.vertxtim.emulator.impl.group.Group;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Map;

/**
 * What changes a group's topics, members' fields and custom attributes tells (shared/api/callbacks.md §6.3):
 * {@code Group.CallbackAfterTopicInfoChanged} (https://trtc.io/document/49466, the Chinese page
 * https://cloud.tencent.com/document/product/269/78209), {@code Group.CallbackAfterMemberFieldChanged}
 * (https://trtc.io/document/60393, https://cloud.tencent.com/document/product/269/105353) and
 * {@code Group.CallbackAfterGroupAttrChanged} (https://trtc.io/document/60394,
 * https://cloud.tencent.com/document/product/269/105354). The operator of a REST call is the app admin.
 */
final class GroupChangeCallbacks {

  private static final String TOPIC_INFO = "Group.CallbackAfterTopicInfoChanged";
  private static final String MEMBER_FIELD = "Group.CallbackAfterMemberFieldChanged";
  private static final String ATTR = "Group.CallbackAfterGroupAttrChanged";
  /** OptionType as the Chinese page spells it: set replaces ("reset"), modify merges, clear, delete. */
  static final String SET = "set";
  static final String MODIFY = "modify";
  static final String CLEAR = "clear";
  static final String DELETE = "delete";

  private final CallbackFacts facts;

  GroupChangeCallbacks(CallbackFacts facts) {
    this.facts = facts;
  }

  void install(Map<String, CallbackRule> rules) {
    String g = "group_open_http_svc/";
    rules.put("million_group_open_http_svc/modify_topic", this::topicInfo);
    rules.put(g + "modify_group_member_info", this::memberField);
    rules.put(g + "set_group_attr", (request, ip) -> attrWritten(request, ip, SET));
    rules.put(g + "modify_group_attr", (request, ip) -> attrWritten(request, ip, MODIFY));
    rules.put(g + "clear_group_attr", this::attrCleared);
    rules.put(g + "delete_group_attr", this::attrDeleted);
  }

  /**
   * Only a change of the name, introduction, notification or face URL calls back (the page), with the fields the
   * request changed. The page's sample and field table have neither TopicId nor EventTime, and none is sent.
   */
  private Exchange topicInfo(JsonObject request, String ip) {
    Group community = GroupCallbacks.group(facts, request);
    if (community == null) {
      return Exchange.NONE;
    }
    return Exchange.after((req, answer) -> {
      JsonObject body = GroupCallbacks.groupEvent(TOPIC_INFO, community).put("Operator_Account", facts.admin());
      if (req.getValue("TopicName") instanceof String name) {
        body.put("Name", name);
      }
      Bodies.copy(req, body, "Introduction", "Notification", "FaceUrl");
      boolean changed = body.containsKey("Name") || body.containsKey("Introduction")
          || body.containsKey("Notification") || body.containsKey("FaceUrl");
      return changed ? List.of(OutgoingCallback.rest(TOPIC_INFO, body, ip)) : List.of();
    });
  }

  /** Only a change of the role or the name card calls back (the page), with the new values the request set. */
  private Exchange memberField(JsonObject request, String ip) {
    Group group = GroupCallbacks.group(facts, request);
    if (group == null || !(request.containsKey("Role") || request.containsKey("NameCard"))) {
      return Exchange.NONE;
    }
    return Exchange.after((req, answer) -> List.of(OutgoingCallback.rest(MEMBER_FIELD,
        Bodies.copy(req, GroupCallbacks.groupEvent(MEMBER_FIELD, group).put("Operator_Account", facts.admin())
            .put("Modified_Account", Bodies.string(req, "Member_Account", "")), "Role", "NameCard")
            .put("EventTime", facts.clock().millis()), ip)));
  }

  /** set and modify: the attributes the request wrote. */
  private Exchange attrWritten(JsonObject request, String ip, String optionType) {
    Group group = GroupCallbacks.group(facts, request);
    if (group == null) {
      return Exchange.NONE;
    }
    return Exchange.after((req, answer) -> {
      JsonArray attrs = new JsonArray();
      for (Object o : Bodies.array(req, "GroupAttr")) {
        if (o instanceof JsonObject a) {
          attrs.add(new JsonObject().put("key", a.getValue("key")).put("value", a.getValue("value")));
        }
      }
      return List.of(attrChanged(group, optionType, attrs, ip));
    });
  }

  /** clear: the attributes the group held, read before the handler removes them. */
  private Exchange attrCleared(JsonObject request, String ip) {
    Group group = GroupCallbacks.group(facts, request);
    if (group == null) {
      return Exchange.NONE;
    }
    JsonArray attrs = attrs(facts.groupAttributes(group.groupId()), null);
    return Exchange.after((req, answer) -> List.of(attrChanged(group, CLEAR, attrs, ip)));
  }

  /** delete: the deleted keys with the values they held (every key exists, or the handler deletes none). */
  private Exchange attrDeleted(JsonObject request, String ip) {
    Group group = GroupCallbacks.group(facts, request);
    if (group == null) {
      return Exchange.NONE;
    }
    JsonArray attrs = attrs(facts.groupAttributes(group.groupId()), Bodies.ids(request.getValue("GroupAttr"), "key"));
    return Exchange.after((req, answer) -> List.of(attrChanged(group, DELETE, attrs, ip)));
  }

  /** {@code [{"key", "value"}]} of {@code held}, of the listed keys only when {@code keys} is given. */
  private static JsonArray attrs(Map<String, String> held, List<String> keys) {
    JsonArray list = new JsonArray();
    for (String key : keys == null ? List.copyOf(held.keySet()) : keys) {
      if (held.containsKey(key)) {
        list.add(new JsonObject().put("key", key).put("value", held.get(key)));
      }
    }
    return list;
  }

  private OutgoingCallback attrChanged(Group group, String optionType, JsonArray attrs, String ip) {
    return OutgoingCallback.rest(ATTR, GroupCallbacks.groupEvent(ATTR, group).put("Operator_Account", facts.admin())
        .put("OptionType", optionType).put("GroupAttr", attrs).put("EventTime", facts.clock().millis()), ip);
  }
}

package io.github.vertxtim.emulator.impl.sns;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The standard friend fields' rules (https://tencentcloud.com/document/product/1047/33521): remark at most 96
 * bytes, friend-list names 1 to 30 bytes, AddSource {@code AddSource_Type_} and up to 8 letters, AddWording at most
 * 256 bytes; custom {@code Tag_SNS_Custom_*} values strings of at most 500 bytes. Each check answers why a value
 * is refused, or null.
 */
final class FriendFields {

  static final String GROUP = "Tag_SNS_IM_Group";
  static final String REMARK = "Tag_SNS_IM_Remark";
  static final String ADD_SOURCE = "Tag_SNS_IM_AddSource";
  static final String ADD_WORDING = "Tag_SNS_IM_AddWording";
  static final String ADD_TIME = "Tag_SNS_IM_AddTime";
  static final String CUSTOM_PREFIX = "Tag_SNS_Custom_";
  static final int MAX_REMARK_BYTES = 96;
  static final int MAX_GROUP_NAME_BYTES = 30;
  static final int MAX_WORDING_BYTES = 256;
  static final int MAX_VALUE_BYTES = 500;
  private static final Pattern ADD_SOURCE_FORM = Pattern.compile("AddSource_Type_[A-Za-z]{1,8}");

  private FriendFields() {
  }

  static String remarkProblem(Object v) {
    return v == null || SnsRequests.fits(v, MAX_REMARK_BYTES) ? null
        : "Remark must be a string of at most " + MAX_REMARK_BYTES + " bytes";
  }

  static String addSourceProblem(Object v) {
    return v instanceof String s && ADD_SOURCE_FORM.matcher(s).matches() ? null
        : "AddSource is required: AddSource_Type_ and 1 to 8 letters";
  }

  static String wordingProblem(Object v) {
    return v == null || SnsRequests.fits(v, MAX_WORDING_BYTES) ? null
        : "AddWording must be a string of at most " + MAX_WORDING_BYTES + " bytes";
  }

  static String groupNameProblem(Object v) {
    return v instanceof String s && !s.isEmpty() && SnsRequests.fits(s, MAX_GROUP_NAME_BYTES) ? null
        : "a friend list name must be 1 to " + MAX_GROUP_NAME_BYTES + " bytes";
  }

  /** The names of a GroupName array (or one name), or null when one is bad. */
  static Set<String> groupNames(Object v) {
    Set<String> names = new LinkedHashSet<>();
    if (v instanceof String) {
      v = new JsonArray().add(v);
    }
    if (!(v instanceof JsonArray a)) {
      return null;
    }
    for (Object n : a) {
      if (groupNameProblem(n) != null) {
        return null;
      }
      names.add((String) n);
    }
    return names;
  }

  /** The custom fields of a {@code [{"Tag","Value"}]} array, or null when one is bad. */
  static Map<String, String> custom(Object v) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!(v instanceof JsonArray a)) {
      return null;
    }
    for (Object o : a) {
      if (!(o instanceof JsonObject item) || !customTag(item.getValue("Tag"))
          || !SnsRequests.fits(item.getValue("Value"), MAX_VALUE_BYTES)) {
        return null;
      }
      out.put(item.getString("Tag"), item.getString("Value"));
    }
    return out;
  }

  static boolean customTag(Object tag) {
    return tag instanceof String t && t.startsWith(CUSTOM_PREFIX) && t.length() > CUSTOM_PREFIX.length();
  }

  /** Whether {@code tag} names a friend field friend_get_list can answer. */
  static boolean known(String tag) {
    return tag.equals(GROUP) || tag.equals(REMARK) || tag.equals(ADD_SOURCE) || tag.equals(ADD_WORDING)
        || tag.equals(ADD_TIME) || customTag(tag);
  }

  /** The friend's fields as {@code [{"Tag","Value"}]}, standard and/or custom ones, unset ones left out. */
  static JsonArray values(Friend f, boolean standard, boolean custom) {
    JsonArray out = new JsonArray();
    if (standard) {
      if (!f.groups.isEmpty()) {
        out.add(tagValue(GROUP, new JsonArray(java.util.List.copyOf(f.groups))));
      }
      if (!f.remark.isEmpty()) {
        out.add(tagValue(REMARK, f.remark));
      }
      out.add(tagValue(ADD_SOURCE, f.addSource));
      if (!f.addWording.isEmpty()) {
        out.add(tagValue(ADD_WORDING, f.addWording));
      }
      out.add(tagValue(ADD_TIME, f.addTime));
    }
    if (custom) {
      f.custom.forEach((t, v) -> out.add(tagValue(t, v)));
    }
    return out;
  }

  /** One field's value for friend_get_list, or null when unset. */
  static Object value(Friend f, String tag) {
    return switch (tag) {
      case GROUP -> new JsonArray(java.util.List.copyOf(f.groups));
      case REMARK -> f.remark;
      case ADD_SOURCE -> f.addSource;
      case ADD_WORDING -> f.addWording;
      case ADD_TIME -> f.addTime;
      default -> f.custom.get(tag);
    };
  }

  static JsonObject tagValue(String tag, Object value) {
    return new JsonObject().put("Tag", tag).put("Value", value);
  }
}

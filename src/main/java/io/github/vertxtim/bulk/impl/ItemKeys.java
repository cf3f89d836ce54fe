package io.github.vertxtim.bulk.impl;

import io.vertx.core.json.JsonObject;

/** How items and per-item answers are matched: by the account, group or member ID they carry. */
final class ItemKeys {

  /** Fields that identify an item in requests and in per-item answers, in order of preference. */
  private static final String[] KEY_FIELDS = {"UserID", "To_Account", "Member_Account", "GroupId", "Identifier",
      "UserId", "Account", "ToGroupId"};

  private ItemKeys() {
  }

  /** The key of an item as sent (a string, or an object with a key field), or null when it has none. */
  static String of(Object json) {
    if (json instanceof String s) {
      return s;
    }
    if (json instanceof JsonObject o) {
      for (String f : KEY_FIELDS) {
        Object v = o.getValue(f);
        if (v instanceof String s) {
          return s;
        }
      }
      // conversation items (mark_contact, search_contact_group) name their conversation in a nested ContactItem
      if (o.getValue("ContactItem") instanceof JsonObject contact) {
        return of(contact);
      }
    }
    return null;
  }
}

package io.github.vertxtim.bulk.impl;

import io.github.vertxtim.TimErrorCode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the per-item failures out of an OK answer of a batch call. The service reports them in a few shapes:
 * {@code ResultItem[{key, ResultCode, ResultInfo}]}, {@code ErrorList[{key, ErrorCode}]}, or plain lists of failed
 * keys ({@code FailAccounts}, {@code Fail_Account}), or the group member results {@code MemberList[{Member_Account,
 * Result}]} of add_group_member and import_group_member, where Result 0 is a failure. Items not named there succeeded — except that a failure the
 * answer names by no key of the request cannot be pinned on one item, so it fails every item that has no key:
 * an item is never counted OK on a guess.
 */
final class ItemResults {

  private static final String[] CODED = {"ResultItem", "ErrorList"};
  private static final String[] LISTED = {"FailAccounts", "Fail_Account"};

  final int[] codes;
  final String[] infos;
  private int unmatchedCode;
  private String unmatchedInfo;

  private ItemResults(int n) {
    codes = new int[n];
    infos = new String[n];
  }

  /** @param keys the key of each item of the request, in order (null entries: unkeyed items) */
  static ItemResults read(JsonObject answer, List<String> keys) {
    ItemResults r = new ItemResults(keys.size());
    Map<String, List<Integer>> positions = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i) != null) {
        positions.computeIfAbsent(keys.get(i), k -> new ArrayList<>(1)).add(i);
      }
    }
    for (String field : CODED) {
      JsonArray list = answer.getJsonArray(field);
      if (list == null) {
        continue;
      }
      for (Object e : list) {
        if (e instanceof JsonObject o) {
          int code = o.getInteger("ResultCode", o.getInteger("ErrorCode", 0));
          String info = o.getString("ResultInfo", o.getString("ErrorInfo", ""));
          if (code != 0) {
            r.mark(positions.get(ItemKeys.of(o)), code, info.isEmpty() ? field + " code " + code : info);
          }
        }
      }
    }
    for (String field : LISTED) {
      JsonArray list = answer.getJsonArray(field);
      if (list == null) {
        continue;
      }
      for (Object e : list) {
        List<Integer> at = positions.get(ItemKeys.of(e));
        if (at != null && r.codes[at.get(0)] == 0) {
          r.mark(at, TimErrorCode.ITEM_FAILED.code(), "listed in " + field);
        }
      }
    }
    JsonArray members = answer.getJsonArray("MemberList");
    if (members != null) {
      for (Object e : members) {
        if (e instanceof JsonObject o && o.getValue("Result") instanceof Number result && result.intValue() == 0) {
          r.mark(positions.get(ItemKeys.of(o)), TimErrorCode.ITEM_FAILED.code(), "MemberList Result 0 (failed)");
        }
      }
    }
    if (r.unmatchedCode != 0) {
      for (int i = 0; i < keys.size(); i++) {
        if (keys.get(i) == null && r.codes[i] == 0) {
          r.codes[i] = r.unmatchedCode;
          r.infos[i] = "the answer reports a failure that names no item of the request: " + r.unmatchedInfo;
        }
      }
    }
    return r;
  }

  private void mark(List<Integer> at, int code, String info) {
    if (at == null) {
      if (unmatchedCode == 0) {
        unmatchedCode = code;
        unmatchedInfo = info;
      }
      return;
    }
    for (int i : at) {
      codes[i] = code;
      infos[i] = info;
    }
  }
}

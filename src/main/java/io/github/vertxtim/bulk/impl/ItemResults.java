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
 * keys ({@code FailAccounts}, {@code Fail_Account}). Items not named there succeeded.
 */
final class ItemResults {

  private static final String[] CODED = {"ResultItem", "ErrorList"};
  private static final String[] LISTED = {"FailAccounts", "Fail_Account"};

  final int[] codes;
  final String[] infos;

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
    return r;
  }

  private void mark(List<Integer> at, int code, String info) {
    if (at == null) {
      return;
    }
    for (int i : at) {
      codes[i] = code;
      infos[i] = info;
    }
  }
}

package io.github.vertxtim.emulator.impl.sns;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One entry of a user's friend list: the standard friend fields and the custom {@code Tag_SNS_Custom_*} ones
 * (https://tencentcloud.com/document/product/1047/33521). Mutable, guarded by {@link SnsState}'s lock.
 */
final class Friend {

  final String userId;
  String remark = "";
  long remarkTime;
  final Set<String> groups = new LinkedHashSet<>();
  String addSource;
  String addWording = "";
  long addTime;
  final Map<String, String> custom = new LinkedHashMap<>();

  Friend(String userId, String addSource, long addTime) {
    this.userId = userId;
    this.addSource = addSource;
    this.addTime = addTime;
  }
}

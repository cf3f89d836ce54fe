package io.github.vertxtim.emulator.impl.push;

import io.github.vertxtim.emulator.EmulatorFeature;
import io.github.vertxtim.emulator.EmulatorLimit;

/**
 * What differs between the two push services, which otherwise follow the same pages: their paths, their console
 * feature, their daily quota, and how they answer per-account problems. Legacy all-member push documents only
 * whole-request errors (a write naming an unknown account fails with 90048; a read lists it with no attributes or
 * tags, as the im_get_attr sample does); TIMPush answers OK with an {@code ErrorList} (70107 for accounts that are
 * not imported, https://trtc.io/document/67817; "partially successful", https://www.tencentcloud.com/document/product/1047/67818).
 */
enum PushService {

  LEGACY("all_member_push/", "im_", EmulatorFeature.ALL_MEMBER_PUSH, EmulatorLimit.ALL_MEMBER_PUSH_DAILY_QUOTA,
      false, "allpush"),
  TIMPUSH("timpush/", "", EmulatorFeature.TIMPUSH, EmulatorLimit.TIMPUSH_DAILY_QUOTA, true, "timpush");

  private final String service;
  private final String commandPrefix;
  final EmulatorFeature feature;
  final EmulatorLimit dailyQuota;
  /** Per-account problems go to an ErrorList (TIMPush) rather than failing the request (legacy). */
  final boolean perAccountErrors;
  final String taskPrefix;

  PushService(String service, String commandPrefix, EmulatorFeature feature, EmulatorLimit dailyQuota,
              boolean perAccountErrors, String taskPrefix) {
    this.service = service;
    this.commandPrefix = commandPrefix;
    this.feature = feature;
    this.dailyQuota = dailyQuota;
    this.perAccountErrors = perAccountErrors;
    this.taskPrefix = taskPrefix;
  }

  /** The path of a command both services have ({@code push}, {@code set_attr} …). */
  String path(String command) {
    return service + commandPrefix + command;
  }
}

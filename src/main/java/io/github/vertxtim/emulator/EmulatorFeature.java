package io.github.vertxtim.emulator;

/**
 * A feature the real service sells or switches on in the console. Every feature is on in the emulator by default,
 * so users can test those code paths; {@link TimEmulatorOptions#setFeatureEnabled} (or {@code tim emulator
 * --disable FEATURE}) turns one off, as for an app that has not bought it, and its endpoints then answer the
 * documented "not enabled" code.
 */
public enum EmulatorFeature {

  /** Legacy all-member push and its attributes and tags ({@code all_member_push/*}): 90045. */
  ALL_MEMBER_PUSH(90045, "all-member push is not enabled for this app"),
  /** The Push service ({@code timpush/*}); the push pages give 90045 for push that is not enabled. */
  TIMPUSH(90045, "the Push service is not enabled for this app"),
  /** Follows ({@code follow/*}): 30005. */
  FOLLOW(30005, "the follow feature is not enabled for this app"),
  /** Communities, topics and permission groups: 11000. */
  COMMUNITY(11000, "the community feature is not enabled for this app"),
  /** Official accounts ({@code official_account_open_http_svc/*}): 131000. */
  OFFICIAL_ACCOUNT(131000, "the official account service is not activated"),
  /** Content moderation: 2015. */
  MODERATION(2015, "content moderation is not enabled for this app"),
  /** Cloud search over groups and members: 60020 when the service is not activated (https://trtc.io/document/73391). */
  CLOUD_SEARCH(60020, "cloud search is not enabled for this app");

  private final int code;
  private final String info;

  EmulatorFeature(int code, String info) {
    this.code = code;
    this.info = info;
  }

  /** The ErrorCode an endpoint of a disabled feature answers. */
  public int notEnabledCode() {
    return code;
  }

  /** The ErrorInfo that goes with it. */
  public String notEnabledInfo() {
    return info;
  }
}

package io.github.vertxtim;

import io.github.vertxtim.api.account.AccountApi;
import io.github.vertxtim.api.group.AvChatRoomApi;
import io.github.vertxtim.api.group.CommunityApi;
import io.github.vertxtim.api.c2c.C2cMessageApi;
import io.github.vertxtim.api.group.GroupApi;
import io.github.vertxtim.api.group.GroupAttributeApi;
import io.github.vertxtim.api.group.GroupMessageApi;
import io.github.vertxtim.api.search.CloudSearchApi;
import io.github.vertxtim.api.profile.ProfileApi;
import io.github.vertxtim.api.sns.FollowApi;
import io.github.vertxtim.api.sns.FriendApi;
import io.github.vertxtim.api.push.AllMemberPushApi;
import io.github.vertxtim.api.push.TimPushApi;
import io.github.vertxtim.api.conversation.ConversationApi;
import io.github.vertxtim.api.mute.GlobalMuteApi;
import io.github.vertxtim.api.operations.OperationsApi;
import io.github.vertxtim.api.robot.RobotApi;
import io.github.vertxtim.api.moderation.ModerationApi;
import io.github.vertxtim.api.official.OfficialAccountApi;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;

import java.util.List;

/**
 * What a caller can ask of the TIM service, whoever carries it: a {@link TimClient} over HTTP, or a requester over
 * the event bus. Code written against this interface switches between them without change.
 */
public interface TimApi {

  /**
   * Calls any endpoint by name. A {@code null} body is sent as {@code {}}. The result is the whole answer
   * (ActionStatus, ErrorCode, ErrorInfo and the endpoint's fields) when ActionStatus is OK.
   */
  Future<JsonObject> call(String service, String command, JsonObject body);

  /**
   * The typed family of {@code type}, one of the family interfaces of {@code io.github.vertxtim.api} (made once per
   * carrier). The named accessors below are what callers use; a new family is one such line.
   */
  <F> F family(Class<F> type);

  /** Account management: import, delete, check, kick, online status. */
  default AccountApi accounts() {
    return family(AccountApi.class);
  }

  /** Group management: groups, members, roles, mutes, imports. */
  /** One-to-one (C2C) messages: send, batch send, import, roaming history, recall, read marks, extensions. */
  default C2cMessageApi c2c() {
    return family(C2cMessageApi.class);
  }

  /** Group management (grows with the group family). */
  default GroupApi groups() {
    return family(GroupApi.class);
  }

  /** Live-stream groups (AVChatRoom): online members, member marks, admins, bans. */
  default AvChatRoomApi avChatRooms() {
    return family(AvChatRoomApi.class);
  }

  /** Communities: topics and permission groups. */
  default CommunityApi communities() {
    return family(CommunityApi.class);
  }

  /** Group messages: send, import, history, recall, modify, delete, read receipts, message extensions. */
  default GroupMessageApi groupMessages() {
    return family(GroupMessageApi.class);
  }

  /** Custom group attributes and group counters. */
  default GroupAttributeApi groupAttributes() {
    return family(GroupAttributeApi.class);
  }

  /** Cloud search over groups and group members (China and Singapore regions). */
  default CloudSearchApi cloudSearch() {
    return family(CloudSearchApi.class);
  }

  /** Profiles: standard and custom profile fields of accounts. */
  default ProfileApi profiles() {
    return family(ProfileApi.class);
  }

  /** The relationship chain: friends, blocklists and friend lists. */
  default FriendApi friends() {
    return family(FriendApi.class);
  }

  /** Follows: following, followers, mutual follows and their counts. */
  default FollowApi follows() {
    return family(FollowApi.class);
  }

  /** Legacy all-member push: push by attribute or tag, user attributes and tags. */
  default AllMemberPushApi allMemberPush() {
    return family(AllMemberPushApi.class);
  }

  /** The Push service (TIMPush): all-user, tag and per-user pushes, revoke, attributes and tags. */
  default TimPushApi timPush() {
    return family(TimPushApi.class);
  }

  /** Recent contacts (conversation lists), conversation groups and marks. */
  default ConversationApi conversations() {
    return family(ConversationApi.class);
  }

  /** Global mute of accounts for one-to-one and group messages. */
  default GlobalMuteApi globalMute() {
    return family(GlobalMuteApi.class);
  }

  /** Operations: statistics, message-record downloads, server IPs, chat-file bans. */
  default OperationsApi operations() {
    return family(OperationsApi.class);
  }

  /** Chatbots. */
  default RobotApi robots() {
    return family(RobotApi.class);
  }

  /** Official accounts: create and profile, subscribers, broadcast messages and their history. */
  default OfficialAccountApi officialAccounts() {
    return family(OfficialAccountApi.class);
  }

  /** Content moderation: local words, cloud keyword libraries, on-demand moderation. */
  default ModerationApi moderation() {
    return family(ModerationApi.class);
  }

  /**
   * Runs a bulk job on a batchable endpoint of the registry: items split at the endpoint's per-request limit, paced
   * under its quota, retried when safe, each given exactly one outcome.
   *
   * @throws IllegalArgumentException when the endpoint takes no item list
   */
  <I> BulkJob<I> bulk(String service, String command, ReadStream<I> items, BulkOptions options);

  /** {@link #bulk(String, String, ReadStream, BulkOptions)} over a list (its size gives the progress ETA). */
  <I> BulkJob<I> bulk(String service, String command, List<I> items, BulkOptions options);

  /**
   * Every item of every page of a paged endpoint, fetching the next page only when the consumer wants more.
   *
   * @throws IllegalArgumentException when the registry has no paging rule for the endpoint
   */
  ReadStream<JsonObject> pages(String service, String command, JsonObject request);
}

package io.github.vertxtim;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every error code the service documents (https://trtc.io/document/34348 and the REST API overview's common codes), named, with its
 * category, plus the client's own codes for failures that never reached an answer. Client codes are negative so
 * they can never clash with the service's.
 */
public enum TimErrorCode {
  TIMEOUT(-1, TimErrorCategory.TIMEOUT, "No complete answer within the deadline"),
  NETWORK_ERROR(-2, TimErrorCategory.NETWORK, "Connection failed or broke"),
  HTTP_STATUS_ERROR(-3, TimErrorCategory.SERVER, "HTTP status other than 200"),
  INVALID_RESPONSE(-4, TimErrorCategory.SERVER, "The response body is not a TIM JSON envelope"),
  POOL_BUSY(-5, TimErrorCategory.CLIENT, "The connection pool wait queue is full"),
  INVALID_ARGUMENT(-6, TimErrorCategory.CLIENT, "The call was refused locally: an argument is invalid"),
  CLIENT_CLOSED(-7, TimErrorCategory.CLIENT, "The client is closed"),
  USERSIG_UNAVAILABLE(-8, TimErrorCategory.AUTH, "The usersig provider failed"),
  OVERLOADED(-9, TimErrorCategory.CLIENT, "Too many requests in flight; try again later"),
  CANCELLED(-10, TimErrorCategory.CLIENT, "The request was cancelled"),
  ITEM_FAILED(-11, TimErrorCategory.REJECTED, "The service listed the item as failed without a code of its own"),
  /**
   * Event bus: no {@code TimAdminVerticle} took the request (none listening on the address, or the node that got it
   * has none left); the request was not executed, so sending it again is safe.
   */
  NO_HANDLERS(-12, TimErrorCategory.NETWORK, "No admin verticle serves the event-bus address"),
  /**
   * Bulk outcome: the item was sent and its outcome never came back — its job broke off (the node serving it died,
   * the conversation timed out), or it was in flight on an endpoint not safe to repeat when an earlier run of a
   * journaled job stopped (docs/resumable-jobs.md). The service may or may not have applied it: it is not sent
   * again; check before sending it to an endpoint that is not retry-safe.
   */
  UNKNOWN_OUTCOME(-13, TimErrorCategory.CLIENT, "The item was sent and its outcome never came back"),
  /** Bulk outcome (status CANCELLED): the job broke off before the item was sent; it was not applied. */
  NOT_SENT(-14, TimErrorCategory.CLIENT, "The job broke off before the item was sent"),
  HTTP_PARSE_ERROR(60002, TimErrorCategory.INVALID_REQUEST, "HTTP parse error; check the URL format"),
  REQUEST_JSON_PARSE_ERROR(60003, TimErrorCategory.INVALID_REQUEST, "HTTP request JSON parse error"),
  ACCOUNT_OR_SIGNATURE_ERROR(60004, TimErrorCategory.AUTH, "Account or signature error in the request URL or body"),
  ACCOUNT_OR_SIGNATURE_ERROR_2(60005, TimErrorCategory.AUTH, "Account or signature error in the request URL or body"),
  INVALID_SDKAPPID(60006, TimErrorCategory.AUTH, "Invalid SDKAppID"),
  REST_API_FREQUENCY_EXCEEDED(60007, TimErrorCategory.RATE_LIMITED, "REST API call frequency limit exceeded"),
  SERVICE_TIMEOUT(60008, TimErrorCategory.TIMEOUT, "Service request timeout or HTTP request format error"),
  RESOURCE_ERROR(60009, TimErrorCategory.INVALID_REQUEST, "Request resource error; check the request URL"),
  ADMIN_REQUIRED(60010, TimErrorCategory.PERMISSION, "The request requires app admin permissions"),
  SDKAPPID_FREQUENCY_EXCEEDED(60011, TimErrorCategory.RATE_LIMITED, "SDKAppID request frequency exceeded"),
  SDKAPPID_MISSING(60012, TimErrorCategory.INVALID_REQUEST, "SDKAppID is required in the URL"),
  RESPONSE_JSON_PARSE_ERROR(60013, TimErrorCategory.SERVER, "JSON parse error in the HTTP response body"),
  ACCOUNT_SWITCH_TIMEOUT(60014, TimErrorCategory.TIMEOUT, "Account switching timeout"),
  INVALID_ACCOUNT_TYPE(60015, TimErrorCategory.INVALID_REQUEST, "Account in the request body is not a string"),
  SDKAPPID_DISABLED(60016, TimErrorCategory.PERMISSION, "The SDKAppID is disabled"),
  REQUEST_DISABLED(60017, TimErrorCategory.PERMISSION, "The request is disabled"),
  TOO_MANY_REQUESTS(60018, TimErrorCategory.RATE_LIMITED, "Too many requests; try again later"),
  TOO_MANY_REQUESTS_2(60019, TimErrorCategory.RATE_LIMITED, "Too many requests; try again later"),
  EDITION_EXPIRED(60020, TimErrorCategory.PERMISSION, "Pro Edition expired and disabled"),
  ILLEGAL_SOURCE_IP(60021, TimErrorCategory.PERMISSION, "The source IP of the call is not allowed"),
  BAD_URL_PARAMETER(60025, TimErrorCategory.INVALID_REQUEST, "Bad sdkappid, identifier, usersig or contenttype URL parameter"),
  DOMAIN_MISMATCH(60026, TimErrorCategory.INVALID_REQUEST, "The domain does not match the data center of the SDKAppID"),
  NON_TPUSH_RESOURCE(60027, TimErrorCategory.PERMISSION, "Non-TPush product resource"),
  TRIAL_VOLUME_EXCEEDED(60028, TimErrorCategory.REJECTED, "Trial edition 24 h REST volume exceeded"),
  SENSITIVE_TEXT(80001, TimErrorCategory.REJECTED, "Text contains sensitive content"),
  MESSAGE_TOO_LARGE(80002, TimErrorCategory.INVALID_REQUEST, "Message body larger than 12 KB"),
  PRE_SEND_CALLBACK_FAILED(80003, TimErrorCategory.REJECTED, "Pre-send callback failed or timed out"),
  SENSITIVE_IMAGE(80004, TimErrorCategory.REJECTED, "Image contains sensitive content"),
  SERVICE_DEACTIVATED(80005, TimErrorCategory.PERMISSION, "Service deactivated"),
  USERSIG_EXPIRED(70001, TimErrorCategory.AUTH, "UserSig expired"),
  USERSIG_ILLEGAL(70003, TimErrorCategory.AUTH, "Illegal UserSig"),
  USERSIG_VERIFICATION_FAILED(70009, TimErrorCategory.AUTH, "UserSig verification failed (wrong key or SDKAppID)"),
  USERSIG_IDENTIFIER_MISMATCH(70013, TimErrorCategory.AUTH, "UserID in the request differs from the UserID in the UserSig"),
  USERSIG_SDKAPPID_MISMATCH(70014, TimErrorCategory.AUTH, "SDKAppID in the request differs from the SDKAppID in the UserSig"),
  PUBLIC_KEY_NOT_FOUND(70016, TimErrorCategory.AUTH, "Public key not found"),
  SDKAPPID_NOT_FOUND(70020, TimErrorCategory.AUTH, "SDKAppID not found"),
  USERSIG_FAILED_RATE_LIMITED(70050, TimErrorCategory.RATE_LIMITED, "UserSig verification failed too often; rate limited"),
  ACCOUNT_BLOCKLISTED(70051, TimErrorCategory.REJECTED, "Account is blocklisted"),
  ACCOUNT_NOT_IMPORTED(70107, TimErrorCategory.NOT_FOUND, "Requested account is not imported"),
  ACCOUNT_INTERNAL_TIMEOUT(70169, TimErrorCategory.TIMEOUT, "Internal timeout"),
  ACCOUNT_INTERNAL_TIMEOUT_2(70202, TimErrorCategory.TIMEOUT, "Internal timeout"),
  ACCOUNT_COUNT_LIMIT(70398, TimErrorCategory.REJECTED, "Account count exceeds the limit"),
  ACCOUNT_REIMPORT_TOO_SOON(70399, TimErrorCategory.REJECTED, "A deleted account cannot be imported again within 3 months"),
  ACCOUNT_INVALID_PARAMETERS(70402, TimErrorCategory.INVALID_REQUEST, "Illegal request parameters"),
  ACCOUNT_ADMIN_REQUIRED(70403, TimErrorCategory.PERMISSION, "Requires app admin"),
  ACCOUNT_INTERNAL_ERROR(70500, TimErrorCategory.SERVER, "Internal server error"),
  ACCOUNT_DELETE_UNSUPPORTED(71000, TimErrorCategory.PERMISSION, "The app does not support account deletion"),
  DAU_QUOTA_EXCEEDED(72000, TimErrorCategory.REJECTED, "DAU free quota exceeded"),
  USER_STATUS_NOT_ENABLED(72001, TimErrorCategory.PERMISSION, "Feature not enabled"),
  MAU_QUOTA_EXCEEDED(72002, TimErrorCategory.REJECTED, "MAU free quota exceeded"),
  PROFILE_SENSITIVE_WORDS(40005, TimErrorCategory.REJECTED, "Profile field contains sensitive words"),
  PROFILE_INVALID_PARAMETERS(40001, TimErrorCategory.INVALID_REQUEST, "Illegal parameters"),
  PROFILE_NO_TARGET(40002, TimErrorCategory.INVALID_REQUEST, "No target account specified"),
  PROFILE_ACCOUNT_NOT_IMPORTED(40003, TimErrorCategory.NOT_FOUND, "Account not imported"),
  PROFILE_ADMIN_REQUIRED(40004, TimErrorCategory.PERMISSION, "Requires app admin"),
  PROFILE_INTERNAL_ERROR(40006, TimErrorCategory.SERVER, "Internal error"),
  PROFILE_NO_READ_PERMISSION(40007, TimErrorCategory.PERMISSION, "No read permission on the field"),
  PROFILE_NO_WRITE_PERMISSION(40008, TimErrorCategory.PERMISSION, "No write permission on the field"),
  PROFILE_TAG_NOT_FOUND(40009, TimErrorCategory.NOT_FOUND, "Profile tag does not exist"),
  PROFILE_VALUE_TOO_LONG(40601, TimErrorCategory.INVALID_REQUEST, "Value longer than 500 bytes"),
  PROFILE_INVALID_STANDARD_VALUE(40605, TimErrorCategory.INVALID_REQUEST, "Invalid standard field value"),
  PROFILE_ILLEGAL_VALUE_TYPE(40610, TimErrorCategory.INVALID_REQUEST, "Illegal value type"),
  SNS_INVALID_PARAMETERS(30001, TimErrorCategory.INVALID_REQUEST, "Illegal parameters or relation state"),
  SNS_ILLEGAL_ACCOUNT(30002, TimErrorCategory.INVALID_REQUEST, "Illegal account or SDKAppID mismatch"),
  SNS_ACCOUNT_NOT_IMPORTED(30003, TimErrorCategory.NOT_FOUND, "Account not imported"),
  SNS_ADMIN_REQUIRED(30004, TimErrorCategory.PERMISSION, "Requires app admin"),
  SNS_FOLLOW_NOT_ENABLED(30005, TimErrorCategory.PERMISSION, "Follow feature not enabled"),
  SNS_INTERNAL_ERROR(30006, TimErrorCategory.SERVER, "Internal error"),
  SNS_TIMEOUT(30007, TimErrorCategory.TIMEOUT, "Internal timeout"),
  SNS_WRITE_CONFLICT(30008, TimErrorCategory.SERVER, "Concurrent write conflict"),
  SNS_ADD_FORBIDDEN(30009, TimErrorCategory.REJECTED, "This user is forbidden from adding friends"),
  SNS_OWN_FRIEND_LIMIT(30010, TimErrorCategory.REJECTED, "Own friend limit reached"),
  SNS_FRIEND_LIST_LIMIT(30011, TimErrorCategory.REJECTED, "Friend list limit reached"),
  SNS_PENDING_LIMIT(30012, TimErrorCategory.REJECTED, "Pending request limit reached"),
  SNS_BLOCKLIST_LIMIT(30013, TimErrorCategory.REJECTED, "Blocklist limit reached"),
  SNS_PEER_FRIEND_LIMIT(30014, TimErrorCategory.REJECTED, "Peer friend limit reached"),
  SNS_PEER_BLOCKLISTED(30515, TimErrorCategory.REJECTED, "The peer is on your blocklist"),
  SNS_PEER_FORBIDS_ADD(30516, TimErrorCategory.REJECTED, "The peer does not allow friend requests"),
  SNS_BLOCKLISTED_BY_PEER(30525, TimErrorCategory.REJECTED, "You are on the peer's blocklist"),
  SNS_PENDING_CONFIRMATION(30539, TimErrorCategory.REJECTED, "Request pending peer confirmation"),
  SNS_TOO_MANY_REQUESTS(30540, TimErrorCategory.RATE_LIMITED, "Too many friend requests in a short time"),
  SNS_PENDING_NOT_FOUND(30614, TimErrorCategory.NOT_FOUND, "Pending request not found"),
  SNS_NOT_FRIENDS(31704, TimErrorCategory.NOT_FOUND, "Not friends"),
  SNS_PENDING_TO_DELETE_NOT_FOUND(31804, TimErrorCategory.NOT_FOUND, "Pending request to delete not found"),
  CONTACT_ACCOUNT_NOT_IMPORTED(50001, TimErrorCategory.NOT_FOUND, "Account not imported"),
  CONTACT_INVALID_PARAMETERS(50002, TimErrorCategory.INVALID_REQUEST, "Illegal parameters"),
  CONTACT_ADMIN_REQUIRED(50003, TimErrorCategory.PERMISSION, "Requires app admin"),
  CONTACT_INTERNAL_ERROR(50004, TimErrorCategory.SERVER, "Internal error"),
  CONTACT_TIMEOUT(50005, TimErrorCategory.TIMEOUT, "Internal timeout"),
  CONTACT_TOO_MANY(51006, TimErrorCategory.INVALID_REQUEST, "Illegal number of conversations to update (at most 100)"),
  CONTACT_G2C_CHECK_FAILED(51007, TimErrorCategory.PERMISSION, "G2C permission check failed"),
  CONTACT_MARK_LIMIT(51008, TimErrorCategory.REJECTED, "Grouped or marked conversation limit"),
  CONTACT_GROUP_NOT_FOUND(51009, TimErrorCategory.NOT_FOUND, "Conversation group not found"),
  CONTACT_GROUP_LIMIT(51010, TimErrorCategory.REJECTED, "Conversation group limit"),
  CONTACT_GROUP_NAME_TOO_LONG(51011, TimErrorCategory.INVALID_REQUEST, "Conversation group name longer than 32 bytes"),
  CONTACT_PIN_LIMIT(51012, TimErrorCategory.REJECTED, "More than 50 pinned conversations"),
  MSG_INVALID_PACKET(20001, TimErrorCategory.INVALID_REQUEST, "Invalid request packet"),
  MSG_USERSIG_EXPIRED(20002, TimErrorCategory.AUTH, "UserSig or A2 expired"),
  MSG_ACCOUNT_INVALID(20003, TimErrorCategory.NOT_FOUND, "Sender or recipient UserID invalid or not existing"),
  MSG_NETWORK_ERROR(20004, TimErrorCategory.SERVER, "Network error; retry"),
  MSG_INTERNAL_ERROR(20005, TimErrorCategory.SERVER, "Internal error; retry"),
  MSG_BLOCKED_BY_CALLBACK(20006, TimErrorCategory.REJECTED, "Blocked by the pre-send webhook"),
  MSG_SENDER_BLOCKLISTED(20007, TimErrorCategory.REJECTED, "Sender is on the recipient's blocklist"),
  MSG_DIFFERENT_SDKAPPID(20008, TimErrorCategory.INVALID_REQUEST, "Sender and recipient in different SDKAppIDs"),
  MSG_NOT_FRIENDS(20009, TimErrorCategory.REJECTED, "Not friends (friendship check enabled)"),
  MSG_NOT_FRIENDS_ONE_WAY(20010, TimErrorCategory.REJECTED, "Not friends one way (friendship check enabled)"),
  MSG_NOT_FRIENDS_ONE_WAY_2(20011, TimErrorCategory.REJECTED, "Not friends one way (friendship check enabled)"),
  MSG_SENDER_MUTED(20012, TimErrorCategory.REJECTED, "Sender muted"),
  MSG_RECALL_TIME_LIMIT(20016, TimErrorCategory.REJECTED, "Recall time limit exceeded"),
  MSG_DELETE_ROAM_ERROR(20018, TimErrorCategory.SERVER, "Delete-roam internal error"),
  MSG_RECALL_NOT_FOUND(20022, TimErrorCategory.NOT_FOUND, "Message to recall not found"),
  MSG_ALREADY_RECALLED(20023, TimErrorCategory.REJECTED, "Message already recalled"),
  MSG_MODIFY_VERSION_CONFLICT(20027, TimErrorCategory.REJECTED, "Modify: version conflict"),
  MSG_MODIFY_CONCURRENT(20028, TimErrorCategory.REJECTED, "Modify: concurrent modification"),
  MSG_JSON_PARSE_FAILED(90001, TimErrorCategory.INVALID_REQUEST, "JSON parse failed"),
  MSG_BODY_FORMAT_ERROR(90002, TimErrorCategory.INVALID_REQUEST, "MsgBody format error"),
  MSG_TO_ACCOUNT_INVALID(90003, TimErrorCategory.NOT_FOUND, "To_Account missing or not registered"),
  MSG_RANDOM_INVALID(90005, TimErrorCategory.INVALID_REQUEST, "MsgRandom missing or not an integer"),
  MSG_TIMESTAMP_INVALID(90006, TimErrorCategory.INVALID_REQUEST, "MsgTimeStamp missing or not an integer"),
  MSG_BODY_NOT_ARRAY(90007, TimErrorCategory.INVALID_REQUEST, "MsgBody is not an array"),
  MSG_FROM_ACCOUNT_INVALID(90008, TimErrorCategory.NOT_FOUND, "From_Account missing or not existing"),
  MSG_ADMIN_REQUIRED(90009, TimErrorCategory.PERMISSION, "Requires app admin"),
  MSG_FORMAT_ERROR(90010, TimErrorCategory.INVALID_REQUEST, "Message format error"),
  MSG_TOO_MANY_TARGETS(90011, TimErrorCategory.INVALID_REQUEST, "More than 500 targets"),
  MSG_TO_ACCOUNT_NOT_REGISTERED(90012, TimErrorCategory.NOT_FOUND, "To_Account not registered"),
  MSG_TOO_MANY_ACCOUNTS(90018, TimErrorCategory.INVALID_REQUEST, "Too many accounts in the request"),
  PUSH_DUPLICATE_TAGS(90022, TimErrorCategory.INVALID_REQUEST, "Duplicate push tags"),
  PUSH_INTERVAL_TOO_SHORT(90024, TimErrorCategory.RATE_LIMITED, "Push interval must be longer than 1 s"),
  MSG_LIFETIME_TOO_LARGE(90026, TimErrorCategory.INVALID_REQUEST, "MsgLifeTime too large"),
  MSG_TO_ACCOUNT_NOT_ARRAY(90028, TimErrorCategory.INVALID_REQUEST, "batchsendmsg To_Account is not an array"),
  MSG_TO_ACCOUNT_EMPTY(90029, TimErrorCategory.INVALID_REQUEST, "batchsendmsg To_Account is empty"),
  MSG_SYNC_FROM_OLD_SYSTEM_INVALID(90030, TimErrorCategory.INVALID_REQUEST, "SyncFromOldSystem invalid"),
  MSG_SYNC_OTHER_MACHINE_INVALID(90031, TimErrorCategory.INVALID_REQUEST, "SyncOtherMachine is not an integer"),
  PUSH_TOO_MANY_TAGS(90032, TimErrorCategory.INVALID_REQUEST, "More than 10 push tags"),
  PUSH_INVALID_ATTRIBUTE(90033, TimErrorCategory.INVALID_REQUEST, "Invalid push attribute"),
  PUSH_ATTRIBUTE_ACCOUNT_TYPE(90035, TimErrorCategory.INVALID_REQUEST, "A push attribute applies to one account type only"),
  PUSH_TAG_TOO_LONG(90034, TimErrorCategory.INVALID_REQUEST, "Push tag longer than 50 bytes"),
  PUSH_ATTRS_AND_TAGS_MIXED(90039, TimErrorCategory.INVALID_REQUEST, "Attribute and tag conditions mixed"),
  PUSH_EMPTY_TAG(90040, TimErrorCategory.INVALID_REQUEST, "Empty push tag"),
  MSG_OFFLINE_PUSH_INFO_INVALID(90043, TimErrorCategory.INVALID_REQUEST, "OfflinePushInfo invalid"),
  MSG_LIFETIME_NOT_INTEGER(90044, TimErrorCategory.INVALID_REQUEST, "MsgLifeTime is not an integer"),
  PUSH_NOT_ENABLED(90045, TimErrorCategory.PERMISSION, "All-user push not enabled"),
  PUSH_DAILY_QUOTA_EXCEEDED(90047, TimErrorCategory.REJECTED, "Daily push quota exceeded"),
  PUSH_ACCOUNT_NOT_FOUND(90048, TimErrorCategory.NOT_FOUND, "User account does not exist"),
  PUSH_REVOKE_TASK_UNKNOWN(90049, TimErrorCategory.NOT_FOUND, "No push task with this TaskId to revoke"),
  PUSH_ALREADY_REVOKED(90050, TimErrorCategory.REJECTED, "Push task already revoked"),
  PUSH_REVOKE_TOO_FREQUENT(90051, TimErrorCategory.RATE_LIMITED, "Push revoke more often than once a second"),
  MSG_KEY_INVALID(90054, TimErrorCategory.INVALID_REQUEST, "MsgKey invalid"),
  MSG_BODY_TOO_LARGE(90055, TimErrorCategory.INVALID_REQUEST, "Message body larger than 12 KB"),
  BATCHSENDMSG_RATE_EXCEEDED(90057, TimErrorCategory.RATE_LIMITED, "batchsendmsg rate exceeded"),
  MSG_CALLBACK_ERROR(90992, TimErrorCategory.SERVER, "Message callback error"),
  MSG_INTERNAL_ERROR_2(90994, TimErrorCategory.SERVER, "Internal error"),
  MSG_INTERNAL_ERROR_3(90995, TimErrorCategory.SERVER, "Internal error"),
  MSG_INTERNAL_ERROR_4(91000, TimErrorCategory.SERVER, "Internal error"),
  MSG_EXTENSION_CONFLICT(23001, TimErrorCategory.REJECTED, "Message extension key changed by someone else (Seq conflict)"),
  CONTENT_TOO_LARGE(93000, TimErrorCategory.INVALID_REQUEST, "Content larger than the limit (8 KB / 12 KB)"),
  GROUP_INTERNAL_ERROR(10002, TimErrorCategory.SERVER, "Internal error"),
  GROUP_BAD_COMMAND(10003, TimErrorCategory.INVALID_REQUEST, "Bad API (command) name"),
  GROUP_INVALID_PARAMETER(10004, TimErrorCategory.INVALID_REQUEST, "Invalid parameter"),
  GROUP_TOO_MANY_ACCOUNTS(10005, TimErrorCategory.INVALID_REQUEST, "Too many accounts in the request"),
  GROUP_FREQUENCY_LIMIT(10006, TimErrorCategory.RATE_LIMITED, "Group operation frequency limit"),
  GROUP_NO_PERMISSION(10007, TimErrorCategory.PERMISSION, "No permission, or operation not supported for this group type"),
  GROUP_INVALID_REQUEST(10008, TimErrorCategory.INVALID_REQUEST, "Invalid request (not admin or quota reached)"),
  GROUP_OWNER_CANNOT_QUIT(10009, TimErrorCategory.REJECTED, "The owner cannot quit"),
  GROUP_NOT_FOUND(10010, TimErrorCategory.NOT_FOUND, "Group does not exist or was dismissed"),
  GROUP_JSON_PARSE_ERROR(10011, TimErrorCategory.INVALID_REQUEST, "JSON parse error"),
  GROUP_OPERATOR_ILLEGAL(10012, TimErrorCategory.INVALID_REQUEST, "Operator UserID illegal"),
  GROUP_ALREADY_MEMBER(10013, TimErrorCategory.REJECTED, "Already a member"),
  GROUP_FULL(10014, TimErrorCategory.REJECTED, "Group full"),
  GROUP_INVALID_ID(10015, TimErrorCategory.NOT_FOUND, "Group does not exist or invalid group ID"),
  GROUP_REFUSED_BY_CALLBACK(10016, TimErrorCategory.REJECTED, "Refused by the webhook"),
  GROUP_SENDER_MUTED(10017, TimErrorCategory.REJECTED, "Sender muted"),
  GROUP_RESPONSE_TOO_LARGE(10018, TimErrorCategory.INVALID_REQUEST, "Response larger than 1 MB"),
  GROUP_ACCOUNT_NOT_FOUND(10019, TimErrorCategory.NOT_FOUND, "Requested account does not exist"),
  GROUP_ID_IN_USE(10021, TimErrorCategory.REJECTED, "GroupId already in use"),
  GROUP_SEND_RATE_EXCEEDED(10023, TimErrorCategory.RATE_LIMITED, "Per-group send rate (40 messages/s) exceeded"),
  GROUP_ALREADY_PROCESSED(10024, TimErrorCategory.REJECTED, "Invitation or application already processed"),
  GROUP_ID_IN_USE_BY_CALLER(10025, TimErrorCategory.REJECTED, "GroupId in use and the caller owns it"),
  GROUP_COMMAND_DISABLED(10026, TimErrorCategory.PERMISSION, "Command disabled for this SDKAppID"),
  GROUP_RECALL_NOT_FOUND(10030, TimErrorCategory.NOT_FOUND, "Message to recall not found"),
  GROUP_RECALL_TIME_LIMIT(10031, TimErrorCategory.REJECTED, "Recall time limit exceeded"),
  GROUP_MSG_NOT_RECALLABLE(10032, TimErrorCategory.REJECTED, "Message cannot be recalled"),
  GROUP_TYPE_NO_RECALL(10033, TimErrorCategory.REJECTED, "Group type does not support recall"),
  GROUP_MSG_TYPE_UNSUPPORTED(10034, TimErrorCategory.INVALID_REQUEST, "Message type not supported"),
  GROUP_TYPE_NO_DELETE(10035, TimErrorCategory.REJECTED, "AVChatRoom and BChatRoom cannot delete messages"),
  GROUP_AVCHATROOM_LIMIT(10036, TimErrorCategory.REJECTED, "AVChatRoom creation limit"),
  GROUP_PER_USER_LIMIT(10037, TimErrorCategory.REJECTED, "Per-user group limit"),
  GROUP_MEMBER_COUNT_LIMIT(10038, TimErrorCategory.REJECTED, "Member count limit"),
  GROUP_RECALL_DISABLED(10041, TimErrorCategory.PERMISSION, "Group recall disabled for the app"),
  GROUP_TYPE_NO_ROAMING(10044, TimErrorCategory.REJECTED, "Group type has no roaming"),
  GROUP_ATTR_KEY_TOO_LONG(10045, TimErrorCategory.INVALID_REQUEST, "Attribute key longer than 32 bytes"),
  GROUP_ATTR_VALUE_TOO_LONG(10046, TimErrorCategory.INVALID_REQUEST, "Attribute value longer than 4000 bytes"),
  GROUP_ATTR_TOO_MANY_KEYS(10047, TimErrorCategory.INVALID_REQUEST, "More than 16 attribute keys"),
  GROUP_ATTR_TOO_LARGE(10048, TimErrorCategory.INVALID_REQUEST, "Attributes larger than 16000 bytes in total"),
  GROUP_ATTR_WRITE_RATE(10049, TimErrorCategory.RATE_LIMITED, "Attribute write rate exceeded"),
  GROUP_ATTR_KEY_NOT_FOUND(10050, TimErrorCategory.NOT_FOUND, "Attribute key to delete not found"),
  GROUP_DELETE_RANGE_TOO_LARGE(10051, TimErrorCategory.INVALID_REQUEST, "Delete range too large"),
  GROUP_MSG_NOT_IN_GROUP(10052, TimErrorCategory.NOT_FOUND, "Message not in the group"),
  GROUP_TOO_MANY_MENTIONS(10053, TimErrorCategory.INVALID_REQUEST, "More than 30 @-mentions"),
  GROUP_TOO_MANY_MEMBERS(10054, TimErrorCategory.INVALID_REQUEST, "Too many members; page the request"),
  GROUP_ATTR_WRITE_RACE(10056, TimErrorCategory.SERVER, "Attribute write race"),
  GROUP_TRIAL_LIMIT(10058, TimErrorCategory.REJECTED, "Trial edition limited to 100 groups"),
  GROUP_EDITION_REQUIRED(10059, TimErrorCategory.PERMISSION, "Needs Pro, Pro Plus or Enterprise"),
  GROUP_RECEIPT_GROUP_TOO_BIG(10060, TimErrorCategory.REJECTED, "Read receipts: group too big"),
  GROUP_RECEIPT_ONLINE_MSG(10061, TimErrorCategory.REJECTED, "Read receipts: online messages"),
  GROUP_RECEIPT_MISSING(10062, TimErrorCategory.NOT_FOUND, "Read receipt missing"),
  GROUP_TOO_MANY_COUNTERS(10063, TimErrorCategory.INVALID_REQUEST, "More than 20 counter keys"),
  GROUP_PIN_LIMIT(10070, TimErrorCategory.REJECTED, "Pinned-message limit"),
  COMMUNITY_NOT_ENABLED(11000, TimErrorCategory.PERMISSION, "Community feature not enabled"),
  PERMISSION_GROUP_NOT_FOUND(110006, TimErrorCategory.NOT_FOUND, "Permission group not found"),
  PERMISSION_GROUP_NOT_FOUND_2(110008, TimErrorCategory.NOT_FOUND, "Permission group not found"),
  TOPIC_ALREADY_IN_PERMISSION_GROUP(110010, TimErrorCategory.REJECTED, "Topic already in the permission group"),
  TOPIC_NOT_IN_PERMISSION_GROUP(110011, TimErrorCategory.NOT_FOUND, "Topic not in the permission group"),
  PERMISSION_GROUP_MEMBER_LIMIT(110012, TimErrorCategory.REJECTED, "Permission group member limit"),
  PERMISSION_GROUP_INVALID_TOPIC(110013, TimErrorCategory.INVALID_REQUEST, "Invalid topic ID"),
  TOPIC_PERMISSION_DELETED(110014, TimErrorCategory.NOT_FOUND, "Topic permission deleted"),
  OPS_ILLEGAL_URL(1001, TimErrorCategory.INVALID_REQUEST, "Illegal request URL"),
  OPS_SYSTEM_ERROR(1003, TimErrorCategory.SERVER, "System error"),
  OPS_FILE_NOT_GENERATED(1004, TimErrorCategory.NOT_FOUND, "File not generated or no messages in the period"),
  OPS_FILE_EXPIRED(1005, TimErrorCategory.NOT_FOUND, "File expired"),
  AUDIT_RETRY(2001, TimErrorCategory.SERVER, "Moderation failed; retry"),
  AUDIT_COMMAND_UNSUPPORTED(2002, TimErrorCategory.INVALID_REQUEST, "Command not supported"),
  AUDIT_INVALID_PARAMETERS(2003, TimErrorCategory.INVALID_REQUEST, "Invalid parameters"),
  AUDIT_ADMIN_REQUIRED(2004, TimErrorCategory.PERMISSION, "Requires app admin"),
  AUDIT_NOT_ENABLED(2015, TimErrorCategory.PERMISSION, "Moderation not enabled"),
  AUDIT_TOO_MANY_KEYWORDS(2016, TimErrorCategory.INVALID_REQUEST, "More than 10 keywords"),
  AUDIT_CLOUD_DELETE_FAILED(2100, TimErrorCategory.SERVER, "Cloud delete failed"),
  AUDIT_INTERNAL_ERROR(93001, TimErrorCategory.SERVER, "Internal error"),
  AUDIT_BATCH_TYPE_UNSUPPORTED(93005, TimErrorCategory.INVALID_REQUEST, "Batch moderation takes text and images only"),
  AUDIT_BATCH_TIMEOUT(93006, TimErrorCategory.TIMEOUT, "Batch moderation timed out (5 s)"),
  AUDIT_DUPLICATE_CONTENT_ID(93007, TimErrorCategory.INVALID_REQUEST, "Duplicate ContentId in the batch"),
  AUDIT_BATCH_TOO_LARGE(93008, TimErrorCategory.INVALID_REQUEST, "More than 10 items in the batch"),
  OA_NO_PERMISSION(130002, TimErrorCategory.PERMISSION, "No permission"),
  OA_NOT_FOUND(130004, TimErrorCategory.NOT_FOUND, "Official account not found"),
  OA_ALREADY_SUBSCRIBED(130005, TimErrorCategory.REJECTED, "Already subscribed"),
  OA_SUBSCRIBERS_FULL(130006, TimErrorCategory.REJECTED, "Subscribers full"),
  OA_ID_FORMAT(130007, TimErrorCategory.INVALID_REQUEST, "Official account ID format"),
  OA_ID_IN_USE(130008, TimErrorCategory.REJECTED, "Official account ID in use"),
  OA_NO_DELETE(130009, TimErrorCategory.REJECTED, "Cannot delete"),
  OA_COUNT_LIMIT(130010, TimErrorCategory.REJECTED, "Official account count limit"),
  OA_NOT_ACTIVATED(131000, TimErrorCategory.PERMISSION, "Official account service not activated"),
  OA_NOT_SUBSCRIBED(131003, TimErrorCategory.NOT_FOUND, "Not subscribed"),
  OA_SDK_TOO_OLD(131005, TimErrorCategory.REJECTED, "SDK too old");

  private static final Map<Integer, TimErrorCode> BY_CODE = new HashMap<>();

  static {
    for (TimErrorCode c : values()) {
      BY_CODE.put(c.code, c);
    }
  }

  private final int code;
  private final TimErrorCategory category;
  private final String description;

  TimErrorCode(int code, TimErrorCategory category, String description) {
    this.code = code;
    this.category = category;
    this.description = description;
  }

  public int code() {
    return code;
  }

  public TimErrorCategory category() {
    return category;
  }

  public String description() {
    return description;
  }

  /** Whether the code was made by the client rather than answered by the service. */
  public boolean isClientSide() {
    return code < 0;
  }

  /** The named code for a number, if the documents name it. */
  public static Optional<TimErrorCode> of(int code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * The category of any code. Unnamed codes fall back on documented ranges: 60000–79999 common, webhook ranges
   * refuse, anything else is treated as a refusal of the request.
   */
  public static TimErrorCategory categoryOf(int code) {
    TimErrorCode known = BY_CODE.get(code);
    if (known != null) {
      return known.category;
    }
    return TimErrorCategory.REJECTED;
  }
}

package io.github.vertxtim.emulator;

/**
 * A limit the real service sets per app or per edition (and sometimes raises for money), that users' tests want to
 * change: {@link TimEmulatorOptions#setLimit} or {@code tim emulator --limit NAME=VALUE}. Each constant has the
 * documented default. Families read them; a family that needs a new knob adds a constant here, in its section.
 */
public enum EmulatorLimit {

  // accounts

  // one-to-one messages
  /** Extension key-value pairs one one-to-one message may hold (https://trtc.io/document/51195). */
  C2C_MESSAGE_EXTENSION_PAIRS(300, "extension key-value pairs per one-to-one message"),
  /** How long sendmsg/batchsendmsg recognise a repeat of the same message (C-2282: the de-duplication key lives 120 s). */
  C2C_DEDUP_WINDOW_SECONDS(120, "seconds a repeated one-to-one send (same sender, MsgSeq, MsgRandom, content) is dropped"),

  // push (legacy all-member push and TIMPush)
  /** All-user, attribute and tag pushes a day through im_push (https://www.tencentcloud.com/document/product/1047/37166: 100 a day by default; 90047 beyond). */
  ALL_MEMBER_PUSH_DAILY_QUOTA(100, "all_member_push/im_push calls a day (90047 beyond)"),
  /** All-user and tag pushes a day through timpush/push (standard and advanced editions 100, free 10; 90047). */
  TIMPUSH_DAILY_QUOTA(100, "timpush/push calls a day (90047 beyond); 10 on the free edition"),
  /** Two all-user pushes must be more than this many milliseconds apart (90024; "greater than 1 s"). */
  PUSH_MIN_INTERVAL_MILLIS(1000, "milliseconds that must pass between two all-user pushes (90024)"),
  /** Tags one account can hold (https://www.tencentcloud.com/document/product/1047/37173, https://www.tencentcloud.com/document/product/1047/67821; 90032 beyond). */
  PUSH_TAGS_PER_USER(100, "push tags per account (90032 beyond)"),
  /** Distinct tags an app can hold over all its accounts (https://www.tencentcloud.com/document/product/1047/67821; 90032 beyond). */
  PUSH_TAGS_PER_APP(1000, "distinct push tags per app (90032 beyond)"),

  // profiles and relationships

  /** Friends per user: 3,000 (https://tencentcloud.com/document/product/1047/33521); 30010 / 30014 beyond. */
  FRIEND_COUNT(3000, "friends per user"),
  /** Friend lists per user: 32 (https://tencentcloud.com/document/product/1047/33521); 30011 beyond. */
  FRIEND_GROUP_COUNT(32, "friend lists per user"),
  /** Blocklisted users per user: 1,000 (the documents give no figure; the sns caps are 1,000); 30013 beyond. */
  BLOCKLIST_COUNT(1000, "blocklisted users per user"),
  /** Users one user may follow: 5,000 (https://trtc.io/document/66035); followers are not limited. */
  FOLLOWING_COUNT(5000, "users one user may follow"),

  // conversations, mute, operations, chatbots
  /** Pinned conversations per user (51012, https://trtc.io/document/34348). */
  PINNED_CONVERSATIONS(50, "pinned conversations per user (51012)"),
  /** Conversation groups per user (51010; 20 on https://trtc.io/document/53437). */
  CONTACT_GROUPS(20, "conversation groups per user (51010)"),
  /** Conversations in grouped or marked data per user, and per group (51008; 1000 on https://trtc.io/document/53437). */
  GROUPED_CONVERSATIONS(1000, "conversations with group or mark data per user, and per conversation group (51008)"),
  /** Chatbots per app (10008; 20 in the create_robot notes). */
  ROBOTS(20, "chatbots per app (10008)"),

  // groups

  /** Messages a group takes per second; more answer 10023 (catalog §3, "40 messages/s per group"). */
  GROUP_MESSAGES_PER_SECOND(40, "messages per second one group takes (10023 beyond)"),
  /**
   * How long after sending a group message the app admin may recall it, in seconds; 0 = any time, as the recall
   * page says for the admin. Set it to test 10031 (the client SDKs' default window is 2 minutes).
   */
  GROUP_RECALL_WINDOW_SECONDS(0,
      "seconds after sending within which group_msg_recall works (0 = any time; 10031 beyond)"),
  /** Attribute writes (modify/set/clear/delete_group_attr) a group takes per second; more answer 10049. */
  GROUP_ATTR_WRITES_PER_SECOND(5, "custom-attribute writes per second per group (10049 beyond)"),
  /**
   * Members per Private, Public or ChatRoom group by edition: Standard 200, Pro 2000, Pro Plus 5000, Enterprise
   * 6000 (error-code page, client 8507; https://trtc.io/document/34348). The emulator defaults to Enterprise.
   */
  GROUP_MEMBER_LIMIT(6000, "members per Private, Public or ChatRoom group (edition: 200/2000/5000/6000)"),
  /** Members per Community group (communities hold up to 100,000 members). */
  COMMUNITY_MEMBER_LIMIT(100_000, "members per Community group"),

  // groups: AVChatRoom and communities
  /** Admins of one AVChatRoom (modify_admin, https://www.tencentcloud.com/document/product/1047/60525). */
  AVCHATROOM_ADMINS(5, "admins per AVChatRoom (modify_admin)"),
  /** Distinct member marks in one AVChatRoom (modify_user_info, https://trtc.io/document/50294). */
  AVCHATROOM_MARKS(10, "distinct member marks per AVChatRoom (modify_user_info)"),
  /** Members carrying one mark (modify_user_info, https://trtc.io/document/50294). */
  AVCHATROOM_MEMBERS_PER_MARK(1000, "members per mark in an AVChatRoom (modify_user_info)"),
  /** Topics of one Community; no stored page gave the number, 100 is the commonly quoted one. */
  COMMUNITY_TOPICS(100, "topics per Community (create_topic, import_topic)"),
  /** Members of one permission group (110012); no stored page gave the number, so the default refuses nothing usual. */
  PERMISSION_GROUP_MEMBERS(100_000, "members per permission group (add_permission_group_member, 110012)"),

  // official accounts, moderation, cloud search

  /**
   * Official accounts an app may hold; one more answers 130010. The pages give no number for paid editions (the
   * console trial allows 5): the default only keeps the emulator bounded.
   */
  OFFICIAL_ACCOUNTS_PER_APP(10_000, "official accounts per app (130010 beyond)"),
  /** MaxSubscriberNum of an official account created without one (https://trtc.io/document/60755: 100000). */
  OFFICIAL_ACCOUNT_DEFAULT_MAX_SUBSCRIBERS(100_000, "default MaxSubscriberNum of a new official account"),
  /** Messages one official account may send per second (https://trtc.io/document/60810: 1). */
  OFFICIAL_ACCOUNT_MSGS_PER_SECOND(1, "messages per second per official account (10023 beyond)"),
  /** Broadcast messages one official account may send per hour (https://trtc.io/document/60810: 2). */
  OFFICIAL_ACCOUNT_BROADCASTS_PER_HOUR(2, "broadcast messages per hour per official account (10023 beyond)"),
  /** Seconds within which the same content again is dropped as a duplicate (https://trtc.io/document/60810: 5 min). */
  OFFICIAL_ACCOUNT_DUPLICATE_WINDOW_SECONDS(300, "seconds within which identical content is dropped"),
  /** Local moderation words and regexes an app may hold (2016 beyond); the pages give no number. */
  MODERATION_LOCAL_WORDS(10_000, "local moderation words per app (2016 beyond)"),
  /** Keywords one cloud keyword library may hold (2016 beyond); the pages give no number. */
  MODERATION_CLOUD_KEYWORDS_PER_LIBRARY(10_000, "keywords per cloud keyword library (2016 beyond)"),

  ;

  private final long defaultValue;
  private final String description;

  EmulatorLimit(long defaultValue, String description) {
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public long defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }
}

package io.github.vertxtim.emulator.impl.group;

import java.util.Map;
import java.util.Objects;

/**
 * One member of a group, immutable: a change is a new value stored with {@link Group#putMember}. Times are
 * seconds since the epoch from the emulator's clock.
 *
 * @param userId         the member's UserID (Member_Account)
 * @param role           Owner, Admin or Member
 * @param joinTime       when the member joined (JoinTime)
 * @param msgFlag        the member's message receiving option (AcceptAndNotify, Discard, AcceptNotNotify)
 * @param shutUpUntil    the second the member's mute ends; 0 or in the past = not muted (ShutUpUntil)
 * @param nameCard       the member's name card in this group (NameCard), "" when none
 * @param lastSendMsgTime when the member last sent a message to the group, 0 if never
 * @param unreadMsgNum   the member's unread count as set by import or set_unread_msg_num
 * @param customFields   AppMemberDefinedData keys and values
 */
public record GroupMember(String userId, MemberRole role, long joinTime, String msgFlag, long shutUpUntil,
                          String nameCard, long lastSendMsgTime, long unreadMsgNum, Map<String, String> customFields) {

  /** The default message option of a new member. */
  public static final String DEFAULT_MSG_FLAG = "AcceptAndNotify";

  public GroupMember {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
    msgFlag = msgFlag == null ? DEFAULT_MSG_FLAG : msgFlag;
    nameCard = nameCard == null ? "" : nameCard;
    customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
  }

  /** A new member with defaults for everything but who, what role and when. */
  public static GroupMember joined(String userId, MemberRole role, long joinTime) {
    return new GroupMember(userId, role, joinTime, DEFAULT_MSG_FLAG, 0, "", 0, 0, Map.of());
  }

  /** Whether the member's own mute is still running at {@code nowSeconds}. */
  public boolean mutedAt(long nowSeconds) {
    return shutUpUntil > nowSeconds;
  }

  public GroupMember withRole(MemberRole newRole) {
    return new GroupMember(userId, newRole, joinTime, msgFlag, shutUpUntil, nameCard, lastSendMsgTime,
        unreadMsgNum, customFields);
  }

  public GroupMember withMsgFlag(String newMsgFlag) {
    return new GroupMember(userId, role, joinTime, newMsgFlag, shutUpUntil, nameCard, lastSendMsgTime,
        unreadMsgNum, customFields);
  }

  public GroupMember withShutUpUntil(long newShutUpUntil) {
    return new GroupMember(userId, role, joinTime, msgFlag, newShutUpUntil, nameCard, lastSendMsgTime,
        unreadMsgNum, customFields);
  }

  public GroupMember withNameCard(String newNameCard) {
    return new GroupMember(userId, role, joinTime, msgFlag, shutUpUntil, newNameCard, lastSendMsgTime,
        unreadMsgNum, customFields);
  }

  public GroupMember withLastSendMsgTime(long newLastSendMsgTime) {
    return new GroupMember(userId, role, joinTime, msgFlag, shutUpUntil, nameCard, newLastSendMsgTime,
        unreadMsgNum, customFields);
  }

  public GroupMember withUnreadMsgNum(long newUnreadMsgNum) {
    return new GroupMember(userId, role, joinTime, msgFlag, shutUpUntil, nameCard, lastSendMsgTime,
        newUnreadMsgNum, customFields);
  }

  public GroupMember withCustomFields(Map<String, String> newCustomFields) {
    return new GroupMember(userId, role, joinTime, msgFlag, shutUpUntil, nameCard, lastSendMsgTime,
        unreadMsgNum, newCustomFields);
  }
}

package io.github.vertxtim.callback.event.group;

/**
 * The values of {@code Type} in the group callbacks: the group types of the service, kept as strings so that a type
 * added tomorrow still decodes (Work and Meeting are the newer names of Private and ChatRoom).
 *
 * @see <a href="https://trtc.io/document/34368">Before a Group Is Created</a>
 */
public final class GroupType {

  public static final String PUBLIC = "Public";
  public static final String PRIVATE = "Private";
  public static final String CHAT_ROOM = "ChatRoom";
  public static final String AV_CHAT_ROOM = "AVChatRoom";
  public static final String COMMUNITY = "Community";
  public static final String WORK = "Work";
  public static final String MEETING = "Meeting";

  private GroupType() {
  }
}

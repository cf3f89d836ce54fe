package io.github.vertxtim.emulator.impl.group;

import java.util.Arrays;
import java.util.Optional;

/**
 * The group types the REST API names (Private is the newer "Work", ChatRoom the newer "Meeting"), with the
 * documented differences between them that more than one endpoint needs.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/33529">Group System</a>
 */
public enum GroupType {
  /** Work group: members join only when invited or added; no applications. */
  Private(ApplyJoinOption.DisableApply),
  /** Public group: anyone may apply, the owner or an admin approves by default. */
  Public(ApplyJoinOption.NeedPermission),
  /** Meeting group: anyone may join freely by default. */
  ChatRoom(ApplyJoinOption.FreeAccess),
  /** Live-stream group: joined only by the client's own request, no member management, no history. */
  AVChatRoom(ApplyJoinOption.FreeAccess),
  /** Community: large groups with topics and permission groups; free join by default. */
  Community(ApplyJoinOption.FreeAccess);

  private final ApplyJoinOption defaultApplyJoinOption;

  GroupType(ApplyJoinOption defaultApplyJoinOption) {
    this.defaultApplyJoinOption = defaultApplyJoinOption;
  }

  /** The ApplyJoinOption a group of this type gets when create_group names none. */
  public ApplyJoinOption defaultApplyJoinOption() {
    return defaultApplyJoinOption;
  }

  /** Whether add_group_member, import_group_member and get_specified_group_member_info work (not AVChatRoom: 10007). */
  public boolean managesMembers() {
    return this != AVChatRoom;
  }

  /** Whether the server keeps message history for the group (AVChatRoom has no roaming: 10044). */
  public boolean keepsHistory() {
    return this != AVChatRoom;
  }

  /** Whether members may apply to join (a Private/Work group only takes invitations). */
  public boolean acceptsApplications() {
    return this != Private;
  }

  /**
   * The type with this exact REST name (case-sensitive, as the API is), or one of the newer names the official SDK
   * also sends: {@code Work} for Private, {@code Meeting} for ChatRoom.
   */
  public static Optional<GroupType> parse(String name) {
    if ("Work".equals(name)) {
      return Optional.of(Private);
    }
    if ("Meeting".equals(name)) {
      return Optional.of(ChatRoom);
    }
    return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
  }

  /** How users may join a group that takes applications. */
  public enum ApplyJoinOption {
    FreeAccess, NeedPermission, DisableApply;

    public static Optional<ApplyJoinOption> parse(String name) {
      return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
    }
  }
}

package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.RequestLimits;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of create_group: the group's type, name and profile, an optional custom ID and owner, and up to 100 initial
 * members.
 *
 * @param ownerAccount     the owner; null for a group without one
 * @param type             Private, Public, ChatRoom, AVChatRoom or Community
 * @param groupId          a custom group ID, or null for an assigned {@code @TGS#} one
 * @param name             at most 30 bytes
 * @param introduction     at most 240 bytes
 * @param notification     at most 300 bytes
 * @param faceUrl          the group's avatar URL
 * @param maxMemberCount   the member limit of this group
 * @param applyJoinOption  FreeAccess, NeedPermission or DisableApply
 * @param inviteJoinOption FreeAccess, NeedPermission or DisableInvite
 * @param appDefinedData   custom group fields
 * @param memberList       initial members, at most {@value #MAX_MEMBERS}
 * @param supportTopic     1 for a Community with topics
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34895">Creating a Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateGroupRequest(@JsonProperty("Owner_Account") String ownerAccount,
                                 @JsonProperty("Type") String type,
                                 @JsonProperty("GroupId") String groupId,
                                 @JsonProperty("Name") String name,
                                 @JsonProperty("Introduction") String introduction,
                                 @JsonProperty("Notification") String notification,
                                 @JsonProperty("FaceUrl") String faceUrl,
                                 @JsonProperty("MaxMemberCount") Integer maxMemberCount,
                                 @JsonProperty("ApplyJoinOption") String applyJoinOption,
                                 @JsonProperty("InviteJoinOption") String inviteJoinOption,
                                 @JsonProperty("AppDefinedData") List<AppDefinedDataItem> appDefinedData,
                                 @JsonProperty("MemberList") List<Member> memberList,
                                 @JsonProperty("SupportTopic") Integer supportTopic,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  /** The documented cap of MemberList per request. */
  public static final int MAX_MEMBERS = 100;

  public CreateGroupRequest {
    Objects.requireNonNull(type, "Type");
    Objects.requireNonNull(name, "Name");
    appDefinedData = appDefinedData == null ? null : List.copyOf(appDefinedData);
    memberList = memberList == null ? null : List.copyOf(memberList);
    RequestLimits.atMost(memberList, MAX_MEMBERS, "MemberList");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public CreateGroupRequest(String ownerAccount, String type, String groupId, String name, String introduction,
                            String notification, String faceUrl, Integer maxMemberCount, String applyJoinOption,
                            String inviteJoinOption, List<AppDefinedDataItem> appDefinedData,
                            List<Member> memberList, Integer supportTopic) {
    this(ownerAccount, type, groupId, name, introduction, notification, faceUrl, maxMemberCount, applyJoinOption,
        inviteJoinOption, appDefinedData, memberList, supportTopic, null);
  }

  /** A group of {@code type} named {@code name}, owned by {@code owner} (may be null), with no other field. */
  public static CreateGroupRequest of(String type, String name, String owner) {
    return new CreateGroupRequest(owner, type, null, name, null, null, null, null, null, null, null, null, null);
  }

  /** A copy with a custom group ID. */
  public CreateGroupRequest withGroupId(String id) {
    return new CreateGroupRequest(ownerAccount, type, id, name, introduction, notification, faceUrl,
        maxMemberCount, applyJoinOption, inviteJoinOption, appDefinedData, memberList, supportTopic, unknownFields);
  }

  /** A copy with these initial members. */
  public CreateGroupRequest withMembers(List<Member> members) {
    return new CreateGroupRequest(ownerAccount, type, groupId, name, introduction, notification, faceUrl,
        maxMemberCount, applyJoinOption, inviteJoinOption, appDefinedData, members, supportTopic, unknownFields);
  }

  /**
   * An initial member: {@code Member_Account}, optionally {@code Role} (Admin) and custom member fields.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Member(@JsonProperty("Member_Account") String memberAccount,
                       @JsonProperty("Role") String role,
                       @JsonProperty("AppMemberDefinedData") List<AppDefinedDataItem> appMemberDefinedData,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Member {
      Objects.requireNonNull(memberAccount, "Member_Account");
      appMemberDefinedData = appMemberDefinedData == null ? null : List.copyOf(appMemberDefinedData);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Member(String memberAccount, String role, List<AppDefinedDataItem> appMemberDefinedData) {
      this(memberAccount, role, appMemberDefinedData, null);
    }

    public static Member of(String userId) {
      return new Member(userId, null, null, null);
    }

    public static Member admin(String userId) {
      return new Member(userId, "Admin", null, null);
    }
  }
}

package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of modify_group_member_info: one member's role, message option, name card, mute and custom fields; absent
 * fields stay as they are.
 *
 * @param role     Admin or Member
 * @param nameCard at most 50 bytes
 * @param muteTime seconds of mute from now, 0 to unmute
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34900">Modifying Group Member Profiles</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyGroupMemberInfoRequest(@JsonProperty("GroupId") String groupId,
                                           @JsonProperty("Member_Account") String memberAccount,
                                           @JsonProperty("Role") String role,
                                           @JsonProperty("MsgFlag") String msgFlag,
                                           @JsonProperty("NameCard") String nameCard,
                                           @JsonProperty("AppMemberDefinedData") List<AppDefinedDataItem> memberData,
                                           @JsonProperty("MuteTime") Long muteTime,
                                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ModifyGroupMemberInfoRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(memberAccount, "Member_Account");
    memberData = memberData == null ? null : List.copyOf(memberData);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ModifyGroupMemberInfoRequest(String groupId, String memberAccount, String role, String msgFlag,
                                      String nameCard, List<AppDefinedDataItem> memberData, Long muteTime) {
    this(groupId, memberAccount, role, msgFlag, nameCard, memberData, muteTime, null);
  }

  public static ModifyGroupMemberInfoRequest role(String groupId, String userId, String role) {
    return new ModifyGroupMemberInfoRequest(groupId, userId, role, null, null, null, null);
  }

  public static ModifyGroupMemberInfoRequest nameCard(String groupId, String userId, String nameCard) {
    return new ModifyGroupMemberInfoRequest(groupId, userId, null, null, nameCard, null, null);
  }
}

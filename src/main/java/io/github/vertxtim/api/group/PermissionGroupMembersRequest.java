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
 * Body of add_permission_group_member and delete_permission_group_member (one documented body): up to 100
 * Community members to add to or remove from a permission group.
 *
 * @see <a href="https://trtc.io/document/61240">Adding Members to a Permission Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PermissionGroupMembersRequest(@JsonProperty("GroupId") String groupId,
                                            @JsonProperty("PermissionGroupId") String permissionGroupId,
                                            @JsonProperty("MemberList") List<MemberAccountItem> members,
                                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public PermissionGroupMembersRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(permissionGroupId, "PermissionGroupId");
    Objects.requireNonNull(members, "MemberList");
    members = List.copyOf(members);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static PermissionGroupMembersRequest of(String groupId, String permissionGroupId, List<String> accounts) {
    return new PermissionGroupMembersRequest(groupId, permissionGroupId, MemberAccountItem.of(accounts), null);
  }
}

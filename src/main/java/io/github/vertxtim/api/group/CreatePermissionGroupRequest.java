package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of create_permission_group: a permission group of a Community.
 *
 * @param permissionGroupId a custom ID starting {@code @PMG#_}, or null for an assigned one
 * @param permission        the Community permission bits the group grants
 *
 * @see <a href="https://trtc.io/document/61232">Creating Permission Groups</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreatePermissionGroupRequest(@JsonProperty("GroupId") String groupId,
                                           @JsonProperty("PermissionGroupId") String permissionGroupId,
                                           @JsonProperty("PermissionGroupName") String permissionGroupName,
                                           @JsonProperty("Permission") Long permission,
                                           @JsonProperty("CustomString") String customString,
                                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public CreatePermissionGroupRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(permissionGroupName, "PermissionGroupName");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public CreatePermissionGroupRequest(String groupId, String permissionGroupId, String permissionGroupName,
                                      Long permission) {
    this(groupId, permissionGroupId, permissionGroupName, permission, null, null);
  }
}

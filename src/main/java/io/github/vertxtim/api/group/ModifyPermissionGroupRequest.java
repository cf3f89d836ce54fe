package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of modify_permission_group: changes the fields given of a permission group.
 *
 * @see <a href="https://trtc.io/document/61234">Modifying Permission Group Information</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyPermissionGroupRequest(@JsonProperty("GroupId") String groupId,
                                           @JsonProperty("PermissionGroupId") String permissionGroupId,
                                           @JsonProperty("PermissionGroupName") String permissionGroupName,
                                           @JsonProperty("Permission") Long permission,
                                           @JsonProperty("CustomString") String customString,
                                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ModifyPermissionGroupRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(permissionGroupId, "PermissionGroupId");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ModifyPermissionGroupRequest(String groupId, String permissionGroupId, String permissionGroupName,
                                      Long permission, String customString) {
    this(groupId, permissionGroupId, permissionGroupName, permission, customString, null);
  }
}

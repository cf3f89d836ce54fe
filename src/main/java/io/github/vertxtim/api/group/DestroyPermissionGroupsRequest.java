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
 * Body of destroy_permission_group: deletes up to 20 permission groups.
 *
 * @see <a href="https://trtc.io/document/61233">Terminating Permission Groups</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DestroyPermissionGroupsRequest(@JsonProperty("GroupId") String groupId,
                                             @JsonProperty("PermissionGroupIdList") List<String> permissionGroupIds,
                                             @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DestroyPermissionGroupsRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(permissionGroupIds, "PermissionGroupIdList");
    permissionGroupIds = List.copyOf(permissionGroupIds);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public DestroyPermissionGroupsRequest(String groupId, List<String> permissionGroupIds) {
    this(groupId, permissionGroupIds, null);
  }
}

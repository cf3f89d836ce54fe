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
 * Body of get_permission_group_member_list: one page of a permission group's members.
 *
 * @param limit page size, or null for the service's default
 * @param next  "" (or null) for the first page, then the answer's {@code Next}
 *
 * @see <a href="https://trtc.io/document/61242">Obtaining Permission Group Member List</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetPermissionGroupMemberListRequest(@JsonProperty("GroupId") String groupId,
                                                  @JsonProperty("PermissionGroupId") String permissionGroupId,
                                                  @JsonProperty("Limit") Integer limit,
                                                  @JsonProperty("Next") String next,
                                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetPermissionGroupMemberListRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(permissionGroupId, "PermissionGroupId");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetPermissionGroupMemberListRequest(String groupId, String permissionGroupId, Integer limit, String next) {
    this(groupId, permissionGroupId, limit, next, null);
  }
}

package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.RequestLimits;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of get_permission_group: the listed permission groups, or one page of all of them.
 *
 * @param permissionGroupIds the groups wanted, or null for a page of all
 * @param limit page size, at most 20
 * @param next               "" (or null) for the first page, then the answer's {@code Next}
 *
 * @see <a href="https://trtc.io/document/61235">Obtaining Permission Group Information</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetPermissionGroupsRequest(@JsonProperty("GroupId") String groupId,
                                         @JsonProperty("PermissionGroupIdList") List<String> permissionGroupIds,
                                         @JsonProperty("Limit") Integer limit,
                                         @JsonProperty("Next") String next,
                                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetPermissionGroupsRequest {
    Objects.requireNonNull(groupId, "GroupId");
    permissionGroupIds = permissionGroupIds == null ? null : List.copyOf(permissionGroupIds);
    RequestLimits.within(limit, 1, MAX_LIMIT, "Limit");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Page size limit (https://trtc.io/document/61235). */
  public static final int MAX_LIMIT = 20;

  public static GetPermissionGroupsRequest firstPage(String groupId, int limit) {
    return new GetPermissionGroupsRequest(groupId, null, limit, "", null);
  }

  public static GetPermissionGroupsRequest of(String groupId, List<String> permissionGroupIds) {
    return new GetPermissionGroupsRequest(groupId, permissionGroupIds, null, null, null);
  }
}

package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of get_permission_group: the permission groups and the cursor of the next page ("" on the last).
 *
 * @see <a href="https://trtc.io/document/61235">Obtaining Permission Group Information</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetPermissionGroupsResult(@JsonProperty("PermissionGroupInfoList") List<Info> permissionGroups,
                                        @JsonProperty("Next") String next,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetPermissionGroupsResult {
    permissionGroups = permissionGroups == null ? List.of() : List.copyOf(permissionGroups);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public boolean last() {
    return next == null || next.isEmpty();
  }

  /**
   * A permission group's information; ErrorCode is set (not 0) for a listed ID that was not found.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Info(@JsonProperty("PermissionGroupId") String permissionGroupId,
                     @JsonProperty("PermissionGroupName") String permissionGroupName,
                     @JsonProperty("Permission") Long permission,
                     @JsonProperty("CustomString") String customString,
                     @JsonProperty("MemberNum") Integer memberNum,
                     @JsonProperty("ErrorCode") Integer errorCode,
                     @JsonProperty("ErrorInfo") String errorInfo,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Info {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public boolean ok() {
      return errorCode == null || errorCode == 0;
    }
  }
}

package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * Answer of create_permission_group: the permission group's ID.
 *
 * @see <a href="https://trtc.io/document/61232">Creating Permission Groups</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreatePermissionGroupResult(@JsonProperty("PermissionGroupId") String permissionGroupId,
                                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public CreatePermissionGroupResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

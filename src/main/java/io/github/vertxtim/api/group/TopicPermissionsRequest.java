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
 * Body of add_topic_permission_group and set_topic_permission_group (one documented body): the topic
 * permissions of a permission group to add or to change.
 *
 * @see <a href="https://trtc.io/document/61236">Adding Topic Permissions</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TopicPermissionsRequest(@JsonProperty("GroupId") String groupId,
                                      @JsonProperty("PermissionGroupId") String permissionGroupId,
                                      @JsonProperty("TopicPermission") List<TopicPermission> topicPermissions,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public TopicPermissionsRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(permissionGroupId, "PermissionGroupId");
    Objects.requireNonNull(topicPermissions, "TopicPermission");
    topicPermissions = List.copyOf(topicPermissions);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public TopicPermissionsRequest(String groupId, String permissionGroupId, List<TopicPermission> topicPermissions) {
    this(groupId, permissionGroupId, topicPermissions, null);
  }
}

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
 * Body of delete_topic_permission_group: the topics whose permissions the permission group no longer grants.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/61238">Deleting Topic Permissions</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteTopicPermissionsRequest(@JsonProperty("GroupId") String groupId,
                                            @JsonProperty("PermissionGroupId") String permissionGroupId,
                                            @JsonProperty("TopicIdList") List<String> topicIds,
                                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteTopicPermissionsRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(permissionGroupId, "PermissionGroupId");
    Objects.requireNonNull(topicIds, "TopicIdList");
    topicIds = List.copyOf(topicIds);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public DeleteTopicPermissionsRequest(String groupId, String permissionGroupId, List<String> topicIds) {
    this(groupId, permissionGroupId, topicIds, null);
  }
}

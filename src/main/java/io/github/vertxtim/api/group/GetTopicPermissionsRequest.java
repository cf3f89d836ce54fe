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
 * Body of get_topic_permission_group: the permission group's permissions in the topics listed, or in every
 * topic it has permissions for when the list is null.
 *
 * @see <a href="https://trtc.io/document/61239">Obtaining Topic Permissions</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetTopicPermissionsRequest(@JsonProperty("GroupId") String groupId,
                                         @JsonProperty("PermissionGroupId") String permissionGroupId,
                                         @JsonProperty("TopicIdList") List<String> topicIds,
                                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetTopicPermissionsRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(permissionGroupId, "PermissionGroupId");
    topicIds = topicIds == null ? null : List.copyOf(topicIds);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetTopicPermissionsRequest(String groupId, String permissionGroupId, List<String> topicIds) {
    this(groupId, permissionGroupId, topicIds, null);
  }
}

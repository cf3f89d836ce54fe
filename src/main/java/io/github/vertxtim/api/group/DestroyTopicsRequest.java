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
 * Body of destroy_topic: deletes topics of a Community.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/49470">Deleting Topic</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DestroyTopicsRequest(@JsonProperty("GroupId") String groupId,
                                   @JsonProperty("TopicIdList") List<String> topicIds,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DestroyTopicsRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(topicIds, "TopicIdList");
    topicIds = List.copyOf(topicIds);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public DestroyTopicsRequest(String groupId, List<String> topicIds) {
    this(groupId, topicIds, null);
  }
}

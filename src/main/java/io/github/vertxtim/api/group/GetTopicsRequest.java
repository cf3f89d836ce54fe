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
 * Body of get_topic: the profiles of a Community's topics.
 *
 * @param fromAccount    also answer this member's own information in each topic (SelfInfo), or null
 * @param topicIds       the topics, or null for all of them
 * @param responseFilter the TopicInfo fields wanted, or null for all
 *
 * @see <a href="https://trtc.io/document/49469">Getting Topic Profile</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetTopicsRequest(@JsonProperty("GroupId") String groupId,
                               @JsonProperty("From_Account") String fromAccount,
                               @JsonProperty("TopicIdList") List<String> topicIds,
                               @JsonProperty("ResponseFilter") List<String> responseFilter,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetTopicsRequest {
    Objects.requireNonNull(groupId, "GroupId");
    topicIds = topicIds == null ? null : List.copyOf(topicIds);
    responseFilter = responseFilter == null ? null : List.copyOf(responseFilter);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetTopicsRequest(String groupId, List<String> topicIds) {
    this(groupId, null, topicIds, null, null);
  }
}

package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of create_topic: a topic in a topic-enabled Community.
 *
 * @param topicId      a custom ID {@code <GroupId>@TOPIC#_<suffix>}, or null for an assigned one
 * @param topicName    at most 30 bytes
 * @param fromAccount  the creating member, or null
 * @param customString at most 3000 bytes
 * @param faceUrl      at most 100 bytes
 * @param notification at most 300 bytes
 * @param introduction at most 240 bytes
 *
 * @see <a href="https://trtc.io/document/49471">Creating Topic</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTopicRequest(@JsonProperty("GroupId") String groupId,
                                 @JsonProperty("TopicId") String topicId,
                                 @JsonProperty("TopicName") String topicName,
                                 @JsonProperty("From_Account") String fromAccount,
                                 @JsonProperty("CustomString") String customString,
                                 @JsonProperty("FaceUrl") String faceUrl,
                                 @JsonProperty("Notification") String notification,
                                 @JsonProperty("Introduction") String introduction,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public CreateTopicRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(topicName, "TopicName");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public CreateTopicRequest(String groupId, String topicId, String topicName) {
    this(groupId, topicId, topicName, null, null, null, null, null, null);
  }
}

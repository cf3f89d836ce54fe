package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of import_topic: a topic migrated with its creation time; {@code Type} is {@value #COMMUNITY}, the only
 * group type with topics.
 *
 * @see <a href="https://trtc.io/document/53448">Importing Topic</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportTopicRequest(@JsonProperty("Type") String type,
                                 @JsonProperty("GroupId") String groupId,
                                 @JsonProperty("TopicId") String topicId,
                                 @JsonProperty("TopicName") String topicName,
                                 @JsonProperty("From_Account") String fromAccount,
                                 @JsonProperty("CustomString") String customString,
                                 @JsonProperty("FaceUrl") String faceUrl,
                                 @JsonProperty("Notification") String notification,
                                 @JsonProperty("Introduction") String introduction,
                                 @JsonProperty("CreateTime") Long createTime,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ImportTopicRequest {
    Objects.requireNonNull(type, "Type");
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(topicName, "TopicName");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static final String COMMUNITY = "Community";

  public ImportTopicRequest(String groupId, String topicId, String topicName, Long createTime) {
    this(COMMUNITY, groupId, topicId, topicName, null, null, null, null, null, createTime, null);
  }
}

package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of get_topic: one {@link Item} per topic.
 *
 * @see <a href="https://trtc.io/document/49469">Getting Topic Profile</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetTopicsResult(@JsonProperty("TopicAndSelfInfo") List<Item> topics,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetTopicsResult {
    topics = topics == null ? List.of() : List.copyOf(topics);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /**
   * One topic's answer: a per-topic ErrorCode (0 when found) and its profile.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("ErrorCode") int errorCode,
                     @JsonProperty("ErrorInfo") String errorInfo,
                     @JsonProperty("TopicInfo") TopicInfo topicInfo,
                     @JsonProperty("SelfInfo") SelfInfo selfInfo,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Item {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public boolean ok() {
      return errorCode == 0;
    }
  }

  /**
   * A topic's profile; times are Unix seconds, ShutUpAllFlag 1 when every member is muted.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TopicInfo(@JsonProperty("TopicId") String topicId,
                          @JsonProperty("TopicName") String topicName,
                          @JsonProperty("GroupID") String groupId,
                          @JsonProperty("FaceUrl") String faceUrl,
                          @JsonProperty("NextMsgSeq") Long nextMsgSeq,
                          @JsonProperty("Notification") String notification,
                          @JsonProperty("Introduction") String introduction,
                          @JsonProperty("CreateTime") Long createTime,
                          @JsonProperty("LastMsgTime") Long lastMsgTime,
                          @JsonProperty("ShutUpAllFlag") Integer shutUpAllFlag,
                          @JsonProperty("CustomString") String customString,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public TopicInfo {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }

  /**
   * The requesting member in a topic: until when it is muted, its read MsgSeq and its message flag.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SelfInfo(@JsonProperty("ShutUpTime") Long shutUpTime,
                         @JsonProperty("MsgSeq") Long msgSeq,
                         @JsonProperty("MsgFlag") String msgFlag,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public SelfInfo {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}

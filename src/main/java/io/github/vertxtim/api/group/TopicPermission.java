package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * A topic and the permission bits a permission group grants in it ({@code {"TopicId":…,"Permission":N}}).
 *
 * @see <a href="https://trtc.io/document/61236">Adding Topic Permissions</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TopicPermission(@JsonProperty("TopicId") String topicId,
                              @JsonProperty("Permission") Long permission,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public TopicPermission {
    Objects.requireNonNull(topicId, "TopicId");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public TopicPermission(String topicId, Long permission) {
    this(topicId, permission, null);
  }
}

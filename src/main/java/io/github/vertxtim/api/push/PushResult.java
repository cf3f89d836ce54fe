package io.github.vertxtim.api.push;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * Answer of im_push and timpush/push: the push task's ID (what timpush/revoke takes).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/37166">Pushing to All Users</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PushResult(@JsonProperty("TaskId") String taskId,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public PushResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

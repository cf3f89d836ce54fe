package io.github.vertxtim.api.push;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of timpush/batch: the task's ID, and the recipients it did not reach in {@code ErrorList} (70107 not
 * imported), empty when every recipient was reached.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/67553">UserID-Targeted Push</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchPushResult(@JsonProperty("TaskId") String taskId,
                              @JsonProperty("ErrorList") List<PushAccountError> errors,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public BatchPushResult {
    errors = errors == null ? List.of() : List.copyOf(errors);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

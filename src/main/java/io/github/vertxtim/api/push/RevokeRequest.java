package io.github.vertxtim.api.push;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.message.OfflinePushInfo;

import java.util.Map;
import java.util.Objects;

/**
 * Body of timpush/revoke: the TaskId of an all-user or tag push made within 24 hours, and the offline push that
 * overwrites the one already shown.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/67824">Recalling Push</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RevokeRequest(@JsonProperty("TaskId") String taskId,
                            @JsonProperty("OfflinePushInfo") OfflinePushInfo offlinePushInfo,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public RevokeRequest {
    Objects.requireNonNull(taskId, "TaskId");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static RevokeRequest of(String taskId, OfflinePushInfo offlinePushInfo) {
    return new RevokeRequest(taskId, offlinePushInfo, null);
  }
}

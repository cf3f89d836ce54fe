package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of destroy_group: the group to disband.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34896">Disbanding a Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DestroyGroupRequest(@JsonProperty("GroupId") String groupId,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DestroyGroupRequest {
    Objects.requireNonNull(groupId, "GroupId");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public DestroyGroupRequest(String groupId) {
    this(groupId, null);
  }
}

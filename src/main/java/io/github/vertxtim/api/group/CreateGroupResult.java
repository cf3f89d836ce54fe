package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * Answer of create_group and import_group: the new group's ID.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34895">Creating a Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateGroupResult(@JsonProperty("GroupId") String groupId,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public CreateGroupResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public CreateGroupResult(String groupId) {
    this(groupId, null);
  }
}

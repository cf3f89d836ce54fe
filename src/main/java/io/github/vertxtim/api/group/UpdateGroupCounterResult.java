package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * What update_group_counter answers: GroupCounter, the updated counters' new values.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53428">Updating Group Counters</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateGroupCounterResult(@JsonProperty("GroupCounter") List<GroupCounterItem> groupCounter,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public UpdateGroupCounterResult {
    groupCounter = groupCounter == null ? List.of() : List.copyOf(groupCounter);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public UpdateGroupCounterResult(List<GroupCounterItem> groupCounter) {
    this(groupCounter, null);
  }
}

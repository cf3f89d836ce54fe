package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * What get_group_counter answers: GroupCounter, the counters found.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53427">Getting Group Counters</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupCounterResult(@JsonProperty("GroupCounter") List<GroupCounterItem> groupCounter,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupCounterResult {
    groupCounter = groupCounter == null ? List.of() : List.copyOf(groupCounter);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupCounterResult(List<GroupCounterItem> groupCounter) {
    this(groupCounter, null);
  }

  /** The counters as a map, in the answer's order. */
  public Map<String, Long> asMap() {
    Map<String, Long> m = new java.util.LinkedHashMap<>();
    groupCounter.forEach(c -> m.put(c.key(), c.value()));
    return m;
  }
}

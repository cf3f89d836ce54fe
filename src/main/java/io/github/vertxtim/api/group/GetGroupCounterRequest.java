package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of get_group_counter: the listed counters, or all when GroupCounterKeys is null.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53427">Getting Group Counters</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupCounterRequest(@JsonProperty("GroupId") String groupId,
                                     @JsonProperty("GroupCounterKeys") List<String> groupCounterKeys,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupCounterRequest {
    Objects.requireNonNull(groupId, "GroupId");
    groupCounterKeys = groupCounterKeys == null ? null : List.copyOf(groupCounterKeys);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupCounterRequest(String groupId, List<String> groupCounterKeys) {
    this(groupId, groupCounterKeys, null);
  }
}

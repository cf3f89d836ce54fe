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
 * Body of update_group_counter: sets, increases or decreases (Mode) the listed counters; a group holds at most
 * 20 counters.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53428">Updating Group Counters</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateGroupCounterRequest(@JsonProperty("GroupId") String groupId,
                                        @JsonProperty("GroupCounter") List<GroupCounterItem> groupCounter,
                                        @JsonProperty("Mode") String mode,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public UpdateGroupCounterRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(groupCounter, "GroupCounter");
    groupCounter = List.copyOf(groupCounter);
    if (groupCounter.size() > MAX_KEYS) {
      throw new IllegalArgumentException("GroupCounter holds at most " + MAX_KEYS + " keys, got "
          + groupCounter.size());
    }
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public UpdateGroupCounterRequest(String groupId, List<GroupCounterItem> groupCounter, String mode) {
    this(groupId, groupCounter, mode, null);
  }

  public static final String SET = "Set";
  public static final String INCREASE = "Increase";
  public static final String DECREASE = "Decrease";
  /** At most this many counter keys. */
  public static final int MAX_KEYS = 20;

  public static UpdateGroupCounterRequest of(String groupId, String mode, Map<String, Long> counters) {
    return new UpdateGroupCounterRequest(groupId, counters.entrySet().stream()
        .map(e -> new GroupCounterItem(e.getKey(), e.getValue())).toList(), mode);
  }
}

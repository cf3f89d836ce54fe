package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of clear_group_attr: deletes every custom attribute of the group.
 *
 * @see <a href="https://trtc.io/document/44189">Clearing Custom Group Attributes</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClearGroupAttrRequest(@JsonProperty("GroupId") String groupId,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ClearGroupAttrRequest {
    Objects.requireNonNull(groupId, "GroupId");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ClearGroupAttrRequest(String groupId) {
    this(groupId, null);
  }
}

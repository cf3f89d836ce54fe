package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of get_group_attr.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/44187">Getting Custom Group Attributes</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupAttrRequest(@JsonProperty("GroupId") String groupId,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupAttrRequest {
    Objects.requireNonNull(groupId, "GroupId");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupAttrRequest(String groupId) {
    this(groupId, null);
  }
}

package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * What get_group_attr answers: GroupAttrAry, the group's custom attributes.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/44187">Getting Custom Group Attributes</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupAttrResult(@JsonProperty("GroupAttrAry") List<GroupAttrItem> groupAttrAry,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupAttrResult {
    groupAttrAry = groupAttrAry == null ? List.of() : List.copyOf(groupAttrAry);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupAttrResult(List<GroupAttrItem> groupAttrAry) {
    this(groupAttrAry, null);
  }

  /** The attributes as a map, in the answer's order. */
  public Map<String, String> asMap() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    groupAttrAry.forEach(a -> m.put(a.key(), a.value()));
    return m;
  }
}

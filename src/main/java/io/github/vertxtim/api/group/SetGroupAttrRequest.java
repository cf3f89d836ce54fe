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
 * Body of set_group_attr: replaces all the group's attributes with the listed ones.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/44190">Resetting Custom Group Attributes</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetGroupAttrRequest(@JsonProperty("GroupId") String groupId,
                                  @JsonProperty("GroupAttr") List<GroupAttrItem> groupAttr,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SetGroupAttrRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(groupAttr, "GroupAttr");
    groupAttr = List.copyOf(groupAttr);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SetGroupAttrRequest(String groupId, List<GroupAttrItem> groupAttr) {
    this(groupId, groupAttr, null);
  }

  public static SetGroupAttrRequest of(String groupId, Map<String, String> attributes) {
    return new SetGroupAttrRequest(groupId, GroupAttrItem.of(attributes));
  }
}

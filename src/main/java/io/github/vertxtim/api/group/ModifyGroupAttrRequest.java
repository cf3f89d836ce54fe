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
 * Body of modify_group_attr: adds or changes the listed attributes, keeping the others.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/44188">Modifying Custom Group Attributes</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyGroupAttrRequest(@JsonProperty("GroupId") String groupId,
                                     @JsonProperty("GroupAttr") List<GroupAttrItem> groupAttr,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ModifyGroupAttrRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(groupAttr, "GroupAttr");
    groupAttr = List.copyOf(groupAttr);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ModifyGroupAttrRequest(String groupId, List<GroupAttrItem> groupAttr) {
    this(groupId, groupAttr, null);
  }

  public static ModifyGroupAttrRequest of(String groupId, Map<String, String> attributes) {
    return new ModifyGroupAttrRequest(groupId, GroupAttrItem.of(attributes));
  }
}

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
 * Body of delete_group_attr: deletes the listed keys (values are ignored); a missing key fails the request.
 *
 * @see <a href="https://trtc.io/document/59499">Deleting Custom Group Attributes</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteGroupAttrRequest(@JsonProperty("GroupId") String groupId,
                                     @JsonProperty("GroupAttr") List<GroupAttrItem> groupAttr,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteGroupAttrRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(groupAttr, "GroupAttr");
    groupAttr = List.copyOf(groupAttr);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public DeleteGroupAttrRequest(String groupId, List<GroupAttrItem> groupAttr) {
    this(groupId, groupAttr, null);
  }

  public static DeleteGroupAttrRequest of(String groupId, String... keys) {
    return new DeleteGroupAttrRequest(groupId, GroupAttrItem.keys(keys));
  }
}

package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of recentcontact/del_contact_group: the groups deleted.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53441">Deleting Conversation Group Data</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteContactGroupResult(@JsonProperty("GroupItem") List<ContactGroup> groups,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteContactGroupResult {
    groups = groups == null ? List.of() : List.copyOf(groups);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public DeleteContactGroupResult(List<ContactGroup> groups) {
    this(groups, null);
  }
}

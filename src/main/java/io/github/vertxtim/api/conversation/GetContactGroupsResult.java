package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of recentcontact/get_contact_group: a page of conversation data, every group, and the next cursor.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53440">Pulling Conversation Group Mark Data</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetContactGroupsResult(@JsonProperty("ContactItem") List<ContactData> contacts,
                                     @JsonProperty("GroupItem") List<ContactGroup> groups,
                                     @JsonProperty("CompleteFlag") int completeFlag,
                                     @JsonProperty("NextStartIndex") int nextStartIndex,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetContactGroupsResult {
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
    groups = groups == null ? List.of() : List.copyOf(groups);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetContactGroupsResult(List<ContactData> contacts, List<ContactGroup> groups, int completeFlag, int nextStartIndex) {
    this(contacts, groups, completeFlag, nextStartIndex, null);
  }

  public boolean complete() {
    return completeFlag == 1;
  }
}

package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of recentcontact/search_contact_group: the data of the conversations that have any, and the
 * groups they are in.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53442">Searching for Conversation Group Marks</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchContactGroupsResult(@JsonProperty("ContactResultItem") List<ContactData> contacts,
                                        @JsonProperty("GroupItem") List<ContactGroup> groups,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SearchContactGroupsResult {
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
    groups = groups == null ? List.of() : List.copyOf(groups);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SearchContactGroupsResult(List<ContactData> contacts, List<ContactGroup> groups) {
    this(contacts, groups, null);
  }
}

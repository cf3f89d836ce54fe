package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of recentcontact/search_contact_group: the group and mark data of up to 300 given conversations.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53442">Searching for Conversation Group Marks</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchContactGroupsRequest(@JsonProperty("From_Account") String fromAccount,
                                         @JsonProperty("ContactItem") List<ContactItem> contacts,
                                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SearchContactGroupsRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    contacts = List.copyOf(Objects.requireNonNull(contacts, "ContactItem"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SearchContactGroupsRequest(String fromAccount, List<ContactItem> contacts) {
    this(fromAccount, contacts, null);
  }
}

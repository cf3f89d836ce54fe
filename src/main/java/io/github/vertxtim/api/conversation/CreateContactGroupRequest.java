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
 * Body of recentcontact/create_contact_group: creates conversation groups with their first conversations.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53437">Creating Conversation Group Data</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateContactGroupRequest(@JsonProperty("From_Account") String fromAccount,
                                        @JsonProperty("GroupContactItem") List<NewGroup> groups,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public CreateContactGroupRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    groups = List.copyOf(Objects.requireNonNull(groups, "GroupContactItem"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public CreateContactGroupRequest(String fromAccount, List<NewGroup> groups) {
    this(fromAccount, groups, null);
  }

  /** One group {@code name} holding {@code contacts}. */
  public static CreateContactGroupRequest of(String fromAccount, String name, List<ContactItem> contacts) {
    return new CreateContactGroupRequest(fromAccount, List.of(new NewGroup(name, contacts)), null);
  }

  /**
   * A group to create: its name (at most 32 bytes) and its conversations.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record NewGroup(@JsonProperty("GroupName") String groupName,
                         @JsonProperty("ContactItem") List<ContactItem> contacts,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public NewGroup {
      Objects.requireNonNull(groupName, "GroupName");
      contacts = contacts == null ? null : List.copyOf(contacts);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public NewGroup(String groupName, List<ContactItem> contacts) {
      this(groupName, contacts, null);
    }
  }
}

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
 * Body of recentcontact/update_contact_group: renames a conversation group, or adds and removes its conversations.
 *
 * @param updateType 1: update one group (the only documented value)
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53439">Updating Conversation Group Data</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateContactGroupRequest(@JsonProperty("From_Account") String fromAccount,
                                        @JsonProperty("UpdateType") int updateType,
                                        @JsonProperty("UpdateGroup") Update update,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  /** UpdateGroupType: rename the group. */
  public static final int RENAME = 1;
  /** UpdateGroupType: add or remove conversations. */
  public static final int CONTACTS = 2;
  /** ContactOptType: add the conversation to the group. */
  public static final int ADD = 1;
  /** ContactOptType: remove it from the group. */
  public static final int REMOVE = 2;

  public UpdateContactGroupRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    Objects.requireNonNull(update, "UpdateGroup");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public UpdateContactGroupRequest(String fromAccount, int updateType, Update update) {
    this(fromAccount, updateType, update, null);
  }

  /** Renames {@code oldName} to {@code newName}. */
  public static UpdateContactGroupRequest rename(String fromAccount, String oldName, String newName) {
    return new UpdateContactGroupRequest(fromAccount, 1, new Update(RENAME, oldName, newName, null), null);
  }

  /** Adds and removes conversations of group {@code name}. */
  public static UpdateContactGroupRequest contacts(String fromAccount, String name, List<ContactUpdate> changes) {
    return new UpdateContactGroupRequest(fromAccount, 1, new Update(CONTACTS, name, null, changes), null);
  }

  /**
   * What to change.
   *
   * @param updateGroupType {@value UpdateContactGroupRequest#RENAME} rename, {@value UpdateContactGroupRequest#CONTACTS} conversations
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Update(@JsonProperty("UpdateGroupType") int updateGroupType,
                       @JsonProperty("OldGroupName") String oldGroupName,
                       @JsonProperty("NewGroupName") String newGroupName,
                       @JsonProperty("ContactUpdateItem") List<ContactUpdate> contactUpdates,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Update {
      Objects.requireNonNull(oldGroupName, "OldGroupName");
      contactUpdates = contactUpdates == null ? null : List.copyOf(contactUpdates);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Update(int updateGroupType, String oldGroupName, String newGroupName, List<ContactUpdate> contactUpdates) {
      this(updateGroupType, oldGroupName, newGroupName, contactUpdates, null);
    }
  }

  /**
   * One conversation to add ({@value UpdateContactGroupRequest#ADD}) or remove ({@value UpdateContactGroupRequest#REMOVE}).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ContactUpdate(@JsonProperty("ContactOptType") int contactOptType,
                              @JsonProperty("ContactItem") ContactItem contactItem,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public ContactUpdate {
      Objects.requireNonNull(contactItem, "ContactItem");
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public ContactUpdate(int contactOptType, ContactItem contactItem) {
      this(contactOptType, contactItem, null);
    }
  }
}

package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of recentcontact/delete: removes one conversation from a user's list; ClearRamble 1 also clears its
 * roaming messages.
 *
 * @param type 1 one-to-one (To_Account), 2 group (ToGroupid)
 * @param clearRamble 1 clears the roaming messages, 0 (default) keeps them
 * @see <a href="https://www.tencentcloud.com/document/product/1047/43088">Deleting a Conversation</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteConversationRequest(@JsonProperty("From_Account") String fromAccount,
                                        @JsonProperty("Type") int type,
                                        @JsonProperty("To_Account") String toAccount,
                                        @JsonProperty("ToGroupid") String toGroupId,
                                        @JsonProperty("ClearRamble") Integer clearRamble,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteConversationRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public DeleteConversationRequest(String fromAccount, int type, String toAccount, String toGroupId, Integer clearRamble) {
    this(fromAccount, type, toAccount, toGroupId, clearRamble, null);
  }

  /** Deletes {@code owner}'s one-to-one conversation with {@code peer}. */
  public static DeleteConversationRequest c2c(String owner, String peer, boolean clearRamble) {
    return new DeleteConversationRequest(owner, ContactItem.C2C, peer, null, clearRamble ? 1 : 0, null);
  }

  /** Deletes {@code owner}'s conversation of group {@code groupId}. */
  public static DeleteConversationRequest group(String owner, String groupId, boolean clearRamble) {
    return new DeleteConversationRequest(owner, ContactItem.GROUP, null, groupId, clearRamble ? 1 : 0, null);
  }
}

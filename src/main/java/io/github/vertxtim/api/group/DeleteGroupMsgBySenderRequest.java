package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of delete_group_msg_by_sender: deletes every message Sender_Account sent in the
 * group.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34970">Deleting Messages Sent by a Specified User</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteGroupMsgBySenderRequest(@JsonProperty("GroupId") String groupId,
                                            @JsonProperty("Sender_Account") String senderAccount,
                                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteGroupMsgBySenderRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(senderAccount, "Sender_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public DeleteGroupMsgBySenderRequest(String groupId, String senderAccount) {
    this(groupId, senderAccount, null);
  }
}

package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of set_unread_msg_num: one member's unread count in a group.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34909">Setting the Unread Message Count of a Member</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetUnreadMsgNumRequest(@JsonProperty("GroupId") String groupId,
                                     @JsonProperty("Member_Account") String memberAccount,
                                     @JsonProperty("UnreadMsgNum") Long unreadMsgNum,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SetUnreadMsgNumRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(memberAccount, "Member_Account");
    Objects.requireNonNull(unreadMsgNum, "UnreadMsgNum");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SetUnreadMsgNumRequest(String groupId, String memberAccount, Long unreadMsgNum) {
    this(groupId, memberAccount, unreadMsgNum, null);
  }
}

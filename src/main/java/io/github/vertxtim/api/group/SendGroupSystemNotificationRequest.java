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
 * Body of send_group_system_notification: a system notification to every member, or to the members in
 * ToMembers_Account.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34958">Sending System Messages in a Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendGroupSystemNotificationRequest(@JsonProperty("GroupId") String groupId,
                                                 @JsonProperty("ToMembers_Account") List<String> toMembersAccount,
                                                 @JsonProperty("Content") String content,
                                                 @JsonProperty("TopicId") String topicId,
                                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SendGroupSystemNotificationRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(content, "Content");
    toMembersAccount = toMembersAccount == null ? null : List.copyOf(toMembersAccount);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SendGroupSystemNotificationRequest(String groupId, List<String> toMembersAccount, String content,
      String topicId) {
    this(groupId, toMembersAccount, content, topicId, null);
  }

  /** A notification to every member. */
  public static SendGroupSystemNotificationRequest toAll(String groupId, String content) {
    return new SendGroupSystemNotificationRequest(groupId, null, content, null);
  }

  /** A notification to the listed members. */
  public static SendGroupSystemNotificationRequest to(String groupId, String content, List<String> members) {
    return new SendGroupSystemNotificationRequest(groupId, members, content, null);
  }
}

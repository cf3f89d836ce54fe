package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of get_group_muted_account: the group (and for a Community, optionally a topic).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34964">Getting the List of Muted Group Members</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupMutedAccountRequest(@JsonProperty("GroupId") String groupId,
                                          @JsonProperty("TopicId") String topicId,
                                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupMutedAccountRequest {
    Objects.requireNonNull(groupId, "GroupId");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupMutedAccountRequest(String groupId, String topicId) {
    this(groupId, topicId, null);
  }

  public static GetGroupMutedAccountRequest of(String groupId) {
    return new GetGroupMutedAccountRequest(groupId, null);
  }
}

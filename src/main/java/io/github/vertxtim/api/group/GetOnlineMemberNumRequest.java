package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of get_online_member_num: an AVChatRoom group.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/38521">Getting the Number of Online Users in an Audio-Video Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetOnlineMemberNumRequest(@JsonProperty("GroupId") String groupId,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetOnlineMemberNumRequest {
    Objects.requireNonNull(groupId, "GroupId");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetOnlineMemberNumRequest(String groupId) {
    this(groupId, null);
  }
}

package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of get_members: one page of an AVChatRoom's online members, optionally only those with a mark.
 *
 * @param groupId   the AVChatRoom (or Community)
 * @param timestamp 0 (or null) for the first page, then the answer's {@code NextTimestamp}
 * @param mark      only members carrying this mark, or null
 *
 * @see <a href="https://trtc.io/document/50293">Getting the List of Online Members in Audio-Video Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetMembersRequest(@JsonProperty("GroupId") String groupId,
                                @JsonProperty("Timestamp") Long timestamp,
                                @JsonProperty("Mark") Long mark,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetMembersRequest {
    Objects.requireNonNull(groupId, "GroupId");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetMembersRequest(String groupId, Long timestamp, Long mark) {
    this(groupId, timestamp, mark, null);
  }

  /** The first page of every online member of {@code groupId}. */
  public static GetMembersRequest firstPage(String groupId) {
    return new GetMembersRequest(groupId, 0L, null, null);
  }
}

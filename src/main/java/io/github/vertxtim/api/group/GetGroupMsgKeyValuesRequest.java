package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of group_get_key_values: the extensions of a group message with Seq at least StartSeq.
 *
 * @see <a href="https://trtc.io/document/52169">Pulling Message Extension of a Group Message</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupMsgKeyValuesRequest(@JsonProperty("GroupId") String groupId,
                                          @JsonProperty("MsgSeq") long msgSeq,
                                          @JsonProperty("StartSeq") Long startSeq,
                                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupMsgKeyValuesRequest {
    Objects.requireNonNull(groupId, "GroupId");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupMsgKeyValuesRequest(String groupId, long msgSeq, Long startSeq) {
    this(groupId, msgSeq, startSeq, null);
  }
}

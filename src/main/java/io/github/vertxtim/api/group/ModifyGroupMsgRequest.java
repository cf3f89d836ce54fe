package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.message.MsgElement;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of modify_group_msg: replaces the body and/or CloudCustomData of a stored group message.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/47948">Modifying Historical Group Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyGroupMsgRequest(@JsonProperty("GroupId") String groupId,
                                    @JsonProperty("MsgSeq") long msgSeq,
                                    @JsonProperty("MsgBody") List<MsgElement> msgBody,
                                    @JsonProperty("CloudCustomData") String cloudCustomData,
                                    @JsonProperty("TopicId") String topicId,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ModifyGroupMsgRequest {
    Objects.requireNonNull(groupId, "GroupId");
    msgBody = msgBody == null ? null : List.copyOf(msgBody);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ModifyGroupMsgRequest(String groupId, long msgSeq, List<MsgElement> msgBody, String cloudCustomData,
      String topicId) {
    this(groupId, msgSeq, msgBody, cloudCustomData, topicId, null);
  }
}

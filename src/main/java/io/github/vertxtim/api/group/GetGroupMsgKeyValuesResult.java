package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * What group_get_key_values answers: the extensions by Seq (at most 200), CompleteFlag (1 when all came),
 * LatestSeq (the largest Seq) and ClearSeq (the Seq of the last clear; older keys are gone).
 *
 * @see <a href="https://trtc.io/document/52169">Pulling Message Extension of a Group Message</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupMsgKeyValuesResult(@JsonProperty("ExtensionList") List<MsgExtension> extensionList,
                                         @JsonProperty("CompleteFlag") int completeFlag,
                                         @JsonProperty("LatestSeq") long latestSeq,
                                         @JsonProperty("ClearSeq") long clearSeq,
                                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupMsgKeyValuesResult {
    extensionList = extensionList == null ? List.of() : List.copyOf(extensionList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupMsgKeyValuesResult(List<MsgExtension> extensionList, int completeFlag, long latestSeq,
      long clearSeq) {
    this(extensionList, completeFlag, latestSeq, clearSeq, null);
  }
}

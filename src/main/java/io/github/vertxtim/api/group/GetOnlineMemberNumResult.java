package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * Answer of get_online_member_num: the number of members online in the room.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/38521">Getting the Number of Online Users in an Audio-Video Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetOnlineMemberNumResult(@JsonProperty("OnlineMemberNum") long onlineMemberNum,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetOnlineMemberNumResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetOnlineMemberNumResult(long onlineMemberNum) {
    this(onlineMemberNum, null);
  }
}

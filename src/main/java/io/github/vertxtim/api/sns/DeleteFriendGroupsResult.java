package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * Answer of sns/group_delete: the friend lists' new sequence ({@code CurrentSequence}).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34926">Deleting Lists</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteFriendGroupsResult(@JsonProperty("CurrentSequence") long currentSequence,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteFriendGroupsResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

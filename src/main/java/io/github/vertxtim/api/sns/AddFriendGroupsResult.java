package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of sns/group_add: one item per friend asked to be put in the lists ({@code ResultItem}), those that
 * failed ({@code Fail_Account}) and the friend lists' new sequence ({@code CurrentSequence}).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34950">Adding Lists</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddFriendGroupsResult(@JsonProperty("ResultItem") List<SnsResult.Item> items,
                                    @JsonProperty("Fail_Account") List<String> failAccounts,
                                    @JsonProperty("CurrentSequence") long currentSequence,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public AddFriendGroupsResult {
    items = items == null ? List.of() : List.copyOf(items);
    failAccounts = failAccounts == null ? List.of() : List.copyOf(failAccounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

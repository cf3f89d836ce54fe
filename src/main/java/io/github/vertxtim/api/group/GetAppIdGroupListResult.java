package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * One page of get_appid_group_list: the total count, this page's group IDs and the cursor of the next page
 * (0 on the last).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34960">Getting All Groups in an App</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetAppIdGroupListResult(@JsonProperty("TotalCount") long totalCount,
                                      @JsonProperty("GroupIdList") List<GroupIdItem> groups,
                                      @JsonProperty("Next") long next,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetAppIdGroupListResult {
    groups = groups == null ? List.of() : List.copyOf(groups);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public List<String> groupIds() {
    return groups.stream().map(GroupIdItem::groupId).toList();
  }

  public boolean last() {
    return next == 0;
  }

  /** {@code {"GroupId": …}}, an item of GroupIdList. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record GroupIdItem(@JsonProperty("GroupId") String groupId,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public GroupIdItem {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}

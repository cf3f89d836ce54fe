package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** One page of get_appid_group_list: total count, this page's group IDs and the cursor of the next (0 = last). */
public record GroupListPage(@JsonProperty("TotalCount") long totalCount,
                            @JsonProperty("GroupIdList") List<GroupIdItem> groups,
                            @JsonProperty("Next") long next) {

  public GroupListPage {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  public List<String> groupIds() {
    return groups.stream().map(GroupIdItem::groupId).toList();
  }

  public boolean last() {
    return next == 0;
  }

  public record GroupIdItem(@JsonProperty("GroupId") String groupId) {
  }
}

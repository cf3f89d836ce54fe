package io.github.vertxtim.api.search;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of group_search/search: the matches of this call, how many match in all, whether the search is finished,
 * and the Cursor for the next call.
 *
 * @see <a href="https://cloud.tencent.com/document/product/269/114549">Group Search</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchGroupsResult(@JsonProperty("IsFinish") boolean isFinish,
                                 @JsonProperty("TotalCount") long totalCount,
                                 @JsonProperty("Groups") List<Group> groups,
                                 @JsonProperty("Cursor") String cursor,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SearchGroupsResult {
    groups = groups == null ? List.of() : List.copyOf(groups);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SearchGroupsResult(boolean isFinish, long totalCount, List<Group> groups, String cursor) {
    this(isFinish, totalCount, groups, cursor, null);
  }

  /**
   * One matching group.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Group(@JsonProperty("GroupType") String groupType,
                      @JsonProperty("GroupID") String groupId,
                      @JsonProperty("GroupName") String groupName,
                      @JsonProperty("GroupMemberNum") Integer groupMemberNum,
                      @JsonProperty("GroupFaceUrl") String groupFaceUrl,
                      @JsonProperty("GroupIntroduction") String groupIntroduction,
                      @JsonProperty("GroupOwnerUserID") String groupOwnerUserId,
                      @JsonProperty("GroupOwnerTinyID") Long groupOwnerTinyId,
                      @JsonProperty("GroupOwnerUserName") String groupOwnerUserName,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Group {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Group(String groupType, String groupId, String groupName, Integer groupMemberNum, String groupFaceUrl,
                 String groupIntroduction, String groupOwnerUserId, Long groupOwnerTinyId,
                 String groupOwnerUserName) {
      this(groupType, groupId, groupName, groupMemberNum, groupFaceUrl, groupIntroduction, groupOwnerUserId,
          groupOwnerTinyId, groupOwnerUserName, null);
    }
  }
}

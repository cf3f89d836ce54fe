package io.github.vertxtim.api.search;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of group_member_search/search: the matches of this call, how many match in all, whether the search is
 * finished, and the Cursor for the next call.
 *
 * @see <a href="https://cloud.tencent.com/document/product/269/114548">Group Member Search</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchGroupMembersResult(@JsonProperty("IsFinish") boolean isFinish,
                                       @JsonProperty("TotalCount") long totalCount,
                                       @JsonProperty("GroupMembers") List<Member> groupMembers,
                                       @JsonProperty("Cursor") String cursor,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SearchGroupMembersResult {
    groupMembers = groupMembers == null ? List.of() : List.copyOf(groupMembers);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SearchGroupMembersResult(boolean isFinish, long totalCount, List<Member> groupMembers, String cursor) {
    this(isFinish, totalCount, groupMembers, cursor, null);
  }

  /**
   * One matching member and the group they match in.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Member(@JsonProperty("GroupType") String groupType,
                       @JsonProperty("GroupID") String groupId,
                       @JsonProperty("GroupName") String groupName,
                       @JsonProperty("GroupMemberUserID") String groupMemberUserId,
                       @JsonProperty("GroupMemberTinyID") Long groupMemberTinyId,
                       @JsonProperty("GroupMemberUserName") String groupMemberUserName,
                       @JsonProperty("GroupMemberNameCard") String groupMemberNameCard,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Member {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Member(String groupType, String groupId, String groupName, String groupMemberUserId,
                  Long groupMemberTinyId, String groupMemberUserName, String groupMemberNameCard) {
      this(groupType, groupId, groupName, groupMemberUserId, groupMemberTinyId, groupMemberUserName,
          groupMemberNameCard, null);
    }
  }
}

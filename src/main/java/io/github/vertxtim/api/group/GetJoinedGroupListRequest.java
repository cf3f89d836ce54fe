package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of get_joined_group_list: the groups a user is a member of, paged by Limit and Offset; AVChatRoom groups
 * only with WithHugeGroups 1.
 *
 * @param limit page size, at most 5000
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34925">Getting the Groups a User Has Joined</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetJoinedGroupListRequest(@JsonProperty("Member_Account") String memberAccount,
                                        @JsonProperty("Limit") Integer limit,
                                        @JsonProperty("Offset") Integer offset,
                                        @JsonProperty("GroupType") String groupType,
                                        @JsonProperty("WithHugeGroups") Integer withHugeGroups,
                                        @JsonProperty("WithNoActiveGroups") Integer withNoActiveGroups,
                                        @JsonProperty("ResponseFilter") ResponseFilter responseFilter,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetJoinedGroupListRequest {
    Objects.requireNonNull(memberAccount, "Member_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetJoinedGroupListRequest(String memberAccount, Integer limit, Integer offset, String groupType,
                                   Integer withHugeGroups, Integer withNoActiveGroups,
                                   ResponseFilter responseFilter) {
    this(memberAccount, limit, offset, groupType, withHugeGroups, withNoActiveGroups, responseFilter, null);
  }

  public static GetJoinedGroupListRequest of(String userId) {
    return new GetJoinedGroupListRequest(userId, null, null, null, null, null, null);
  }

  public static GetJoinedGroupListRequest page(String userId, int limit, int offset) {
    return new GetJoinedGroupListRequest(userId, limit, offset, null, null, null, null);
  }

  /**
   * Which base info fields and which of the user's own fields to answer.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ResponseFilter(@JsonProperty("GroupBaseInfoFilter") List<String> groupBaseInfoFilter,
                               @JsonProperty("SelfInfoFilter") List<String> selfInfoFilter,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public ResponseFilter {
      groupBaseInfoFilter = groupBaseInfoFilter == null ? null : List.copyOf(groupBaseInfoFilter);
      selfInfoFilter = selfInfoFilter == null ? null : List.copyOf(selfInfoFilter);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public ResponseFilter(List<String> groupBaseInfoFilter, List<String> selfInfoFilter) {
      this(groupBaseInfoFilter, selfInfoFilter, null);
    }
  }
}

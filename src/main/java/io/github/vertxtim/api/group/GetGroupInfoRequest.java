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
 * Body of get_group_info: up to 50 group IDs and an optional ResponseFilter.
 *
 * @see <a href="https://trtc.io/document/34961">Getting Group Profiles</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupInfoRequest(@JsonProperty("GroupIdList") List<String> groupIdList,
                                  @JsonProperty("ResponseFilter") ResponseFilter responseFilter,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupInfoRequest {
    Objects.requireNonNull(groupIdList, "GroupIdList");
    groupIdList = groupIdList == null ? null : List.copyOf(groupIdList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupInfoRequest(List<String> groupIdList, ResponseFilter responseFilter) {
    this(groupIdList, responseFilter, null);
  }

  public static GetGroupInfoRequest of(List<String> groupIds) {
    return new GetGroupInfoRequest(groupIds, null);
  }

  /**
   * Which fields to answer: base info names, member info names, and custom group and member keys.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ResponseFilter(@JsonProperty("GroupBaseInfoFilter") List<String> groupBaseInfoFilter,
                               @JsonProperty("MemberInfoFilter") List<String> memberInfoFilter,
                               @JsonProperty("AppDefinedDataFilter_Group") List<String> groupDataFilter,
                               @JsonProperty("AppDefinedDataFilter_GroupMember") List<String> memberDataFilter,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public ResponseFilter {
      groupBaseInfoFilter = groupBaseInfoFilter == null ? null : List.copyOf(groupBaseInfoFilter);
      memberInfoFilter = memberInfoFilter == null ? null : List.copyOf(memberInfoFilter);
      groupDataFilter = groupDataFilter == null ? null : List.copyOf(groupDataFilter);
      memberDataFilter = memberDataFilter == null ? null : List.copyOf(memberDataFilter);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public ResponseFilter(List<String> groupBaseInfoFilter, List<String> memberInfoFilter,
                          List<String> groupDataFilter, List<String> memberDataFilter) {
      this(groupBaseInfoFilter, memberInfoFilter, groupDataFilter, memberDataFilter, null);
    }
  }
}

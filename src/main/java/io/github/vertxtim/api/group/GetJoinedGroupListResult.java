package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * A page of get_joined_group_list: how many groups the user has joined in all, and this page's groups.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34925">Getting the Groups a User Has Joined</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetJoinedGroupListResult(@JsonProperty("TotalCount") int totalCount,
                                       @JsonProperty("GroupIdList") List<JoinedGroup> groupIdList,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetJoinedGroupListResult {
    groupIdList = groupIdList == null ? List.of() : List.copyOf(groupIdList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetJoinedGroupListResult(int totalCount, List<JoinedGroup> groupIdList) {
    this(totalCount, groupIdList, null);
  }

  public List<String> groupIds() {
    return groupIdList.stream().map(JoinedGroup::groupId).toList();
  }

  /**
   * One joined group: its ID, the base info asked for, and SelfInfo when asked for.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record JoinedGroup(@JsonProperty("GroupId") String groupId,
                            @JsonProperty("Type") String type,
                            @JsonProperty("Name") String name,
                            @JsonProperty("Introduction") String introduction,
                            @JsonProperty("Notification") String notification,
                            @JsonProperty("FaceUrl") String faceUrl,
                            @JsonProperty("Owner_Account") String ownerAccount,
                            @JsonProperty("CreateTime") Long createTime,
                            @JsonProperty("InfoSeq") Long infoSeq,
                            @JsonProperty("LastInfoTime") Long lastInfoTime,
                            @JsonProperty("LastMsgTime") Long lastMsgTime,
                            @JsonProperty("NextMsgSeq") Long nextMsgSeq,
                            @JsonProperty("MemberNum") Integer memberNum,
                            @JsonProperty("MaxMemberNum") Integer maxMemberNum,
                            @JsonProperty("ApplyJoinOption") String applyJoinOption,
                            @JsonProperty("MuteAllMember") String muteAllMember,
                            @JsonProperty("SelfInfo") SelfInfo selfInfo,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public JoinedGroup {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public JoinedGroup(String groupId, String type, String name, String introduction, String notification,
                       String faceUrl, String ownerAccount, Long createTime, Long infoSeq, Long lastInfoTime,
                       Long lastMsgTime, Long nextMsgSeq, Integer memberNum, Integer maxMemberNum,
                       String applyJoinOption, String muteAllMember, SelfInfo selfInfo) {
      this(groupId, type, name, introduction, notification, faceUrl, ownerAccount, createTime, infoSeq, lastInfoTime,
          lastMsgTime, nextMsgSeq, memberNum, maxMemberNum, applyJoinOption, muteAllMember, selfInfo, null);
    }

    /**
     * The user's own membership in the group.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SelfInfo(@JsonProperty("Role") String role,
                           @JsonProperty("JoinTime") Long joinTime,
                           @JsonProperty("MsgFlag") String msgFlag,
                           @JsonProperty("UnreadMsgNum") Long unreadMsgNum,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
        implements JsonRecord {

      public SelfInfo {
        unknownFields = JsonRecord.copyOf(unknownFields);
      }

      public SelfInfo(String role, Long joinTime, String msgFlag, Long unreadMsgNum) {
        this(role, joinTime, msgFlag, unreadMsgNum, null);
      }
    }
  }
}

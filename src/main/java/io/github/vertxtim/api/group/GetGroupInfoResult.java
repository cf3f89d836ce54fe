package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of get_group_info: one GroupInfo per requested ID, in order.
 *
 * @see <a href="https://trtc.io/document/34961">Getting Group Profiles</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupInfoResult(@JsonProperty("GroupInfo") List<GroupInfo> groupInfo,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupInfoResult {
    groupInfo = groupInfo == null ? List.of() : List.copyOf(groupInfo);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupInfoResult(List<GroupInfo> groupInfo) {
    this(groupInfo, null);
  }

  /**
   * One group's profile, or for a group that cannot be read its GroupId with a non-zero ErrorCode.
   *
   * @param muteAllMember   On or Off
   * @param shutUpAllMember the same, under the older pages' name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record GroupInfo(@JsonProperty("GroupId") String groupId,
                          @JsonProperty("ErrorCode") Integer errorCode,
                          @JsonProperty("ErrorInfo") String errorInfo,
                          @JsonProperty("Type") String type,
                          @JsonProperty("Name") String name,
                          @JsonProperty("Appid") Long appid,
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
                          @JsonProperty("InviteJoinOption") String inviteJoinOption,
                          @JsonProperty("MuteAllMember") String muteAllMember,
                          @JsonProperty("ShutUpAllMember") String shutUpAllMember,
                          @JsonProperty("AppDefinedData") List<AppDefinedDataItem> appDefinedData,
                          @JsonProperty("MemberList") List<GroupMemberInfo> memberList,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public GroupInfo {
      appDefinedData = appDefinedData == null ? List.of() : List.copyOf(appDefinedData);
      memberList = memberList == null ? List.of() : List.copyOf(memberList);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public GroupInfo(String groupId, Integer errorCode, String errorInfo, String type, String name, Long appid,
                     String introduction, String notification, String faceUrl, String ownerAccount, Long createTime,
                     Long infoSeq, Long lastInfoTime, Long lastMsgTime, Long nextMsgSeq, Integer memberNum,
                     Integer maxMemberNum, String applyJoinOption, String inviteJoinOption, String muteAllMember,
                     String shutUpAllMember, List<AppDefinedDataItem> appDefinedData,
                     List<GroupMemberInfo> memberList) {
      this(groupId, errorCode, errorInfo, type, name, appid, introduction, notification, faceUrl, ownerAccount,
          createTime, infoSeq, lastInfoTime, lastMsgTime, nextMsgSeq, memberNum, maxMemberNum, applyJoinOption,
          inviteJoinOption, muteAllMember, shutUpAllMember, appDefinedData, memberList, null);
    }

    public boolean ok() {
      return errorCode == null || errorCode == 0;
    }
  }
}

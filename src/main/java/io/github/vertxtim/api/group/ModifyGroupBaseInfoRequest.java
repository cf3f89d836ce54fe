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
 * Body of modify_group_base_info: the fields to change; absent fields stay as they are.
 *
 * @param muteAllMember  On or Off
 * @param appDefinedData custom fields to set; an empty Value deletes
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34962">Modifying the Profile of a Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyGroupBaseInfoRequest(@JsonProperty("GroupId") String groupId,
                                         @JsonProperty("Name") String name,
                                         @JsonProperty("Introduction") String introduction,
                                         @JsonProperty("Notification") String notification,
                                         @JsonProperty("FaceUrl") String faceUrl,
                                         @JsonProperty("MaxMemberNum") Integer maxMemberNum,
                                         @JsonProperty("ApplyJoinOption") String applyJoinOption,
                                         @JsonProperty("InviteJoinOption") String inviteJoinOption,
                                         @JsonProperty("MuteAllMember") String muteAllMember,
                                         @JsonProperty("AppDefinedData") List<AppDefinedDataItem> appDefinedData,
                                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ModifyGroupBaseInfoRequest {
    Objects.requireNonNull(groupId, "GroupId");
    appDefinedData = appDefinedData == null ? null : List.copyOf(appDefinedData);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ModifyGroupBaseInfoRequest(String groupId, String name, String introduction, String notification,
                                    String faceUrl, Integer maxMemberNum, String applyJoinOption,
                                    String inviteJoinOption, String muteAllMember,
                                    List<AppDefinedDataItem> appDefinedData) {
    this(groupId, name, introduction, notification, faceUrl, maxMemberNum, applyJoinOption, inviteJoinOption,
        muteAllMember, appDefinedData, null);
  }

  public static ModifyGroupBaseInfoRequest name(String groupId, String name) {
    return new ModifyGroupBaseInfoRequest(groupId, name, null, null, null, null, null, null, null, null);
  }
}

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
 * Body of import_group: a group's profile with its original creation time, for migration (not AVChatRoom).
 *
 * @param ownerAccount    the owner; null for a group without one
 * @param type            Private, Public, ChatRoom, AVChatRoom or Community
 * @param groupId         a custom group ID, or null for an assigned {@code @TGS#} one
 * @param name            at most 30 bytes
 * @param introduction    at most 240 bytes
 * @param notification    at most 300 bytes
 * @param faceUrl         the group's avatar URL
 * @param maxMemberCount  the member limit of this group
 * @param applyJoinOption FreeAccess, NeedPermission or DisableApply
 * @param appDefinedData  custom group fields
 * @param createTime      the original creation time, seconds
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34967">Importing a Group Profile</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportGroupRequest(@JsonProperty("Owner_Account") String ownerAccount,
                                 @JsonProperty("Type") String type,
                                 @JsonProperty("GroupId") String groupId,
                                 @JsonProperty("Name") String name,
                                 @JsonProperty("Introduction") String introduction,
                                 @JsonProperty("Notification") String notification,
                                 @JsonProperty("FaceUrl") String faceUrl,
                                 @JsonProperty("MaxMemberCount") Integer maxMemberCount,
                                 @JsonProperty("ApplyJoinOption") String applyJoinOption,
                                 @JsonProperty("AppDefinedData") List<AppDefinedDataItem> appDefinedData,
                                 @JsonProperty("CreateTime") Long createTime,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ImportGroupRequest {
    Objects.requireNonNull(type, "Type");
    Objects.requireNonNull(name, "Name");
    appDefinedData = appDefinedData == null ? null : List.copyOf(appDefinedData);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ImportGroupRequest(String ownerAccount, String type, String groupId, String name, String introduction,
                            String notification, String faceUrl, Integer maxMemberCount, String applyJoinOption,
                            List<AppDefinedDataItem> appDefinedData, Long createTime) {
    this(ownerAccount, type, groupId, name, introduction, notification, faceUrl, maxMemberCount, applyJoinOption,
        appDefinedData, createTime, null);
  }

  public static ImportGroupRequest of(String type, String name, String owner, long createTime) {
    return new ImportGroupRequest(owner, type, null, name, null, null, null, null, null, null, createTime);
  }
}

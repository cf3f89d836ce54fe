package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * One member's profile as get_group_info, get_group_member_info and get_specified_group_member_info answer it;
 * fields left out by a MemberInfoFilter are null.
 *
 * @param role                 Owner, Admin or Member
 * @param joinTime             when the member joined, seconds
 * @param msgSeq               the sequence of the last message the member read
 * @param msgFlag              AcceptAndNotify, AcceptNotNotify or Discard
 * @param lastSendMsgTime      when the member last sent a message, seconds
 * @param shutUpUntil          the second the member's mute ends (0: not muted)
 * @param muteUntil            the same, under the newer pages' name
 * @param nameCard             the member's name card
 * @param appMemberDefinedData custom member fields
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34948">Getting Group Member Profiles</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupMemberInfo(@JsonProperty("Member_Account") String memberAccount,
                              @JsonProperty("Role") String role,
                              @JsonProperty("JoinTime") Long joinTime,
                              @JsonProperty("MsgSeq") Long msgSeq,
                              @JsonProperty("MsgFlag") String msgFlag,
                              @JsonProperty("LastSendMsgTime") Long lastSendMsgTime,
                              @JsonProperty("ShutUpUntil") Long shutUpUntil,
                              @JsonProperty("MuteUntil") Long muteUntil,
                              @JsonProperty("NameCard") String nameCard,
                              @JsonProperty("AppMemberDefinedData") List<AppDefinedDataItem> appMemberDefinedData,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final String OWNER = "Owner";
  public static final String ADMIN = "Admin";
  public static final String MEMBER = "Member";

  public GroupMemberInfo {
    appMemberDefinedData = appMemberDefinedData == null ? List.of() : List.copyOf(appMemberDefinedData);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupMemberInfo(String memberAccount, String role, Long joinTime, Long msgSeq, String msgFlag,
                         Long lastSendMsgTime, Long shutUpUntil, Long muteUntil, String nameCard,
                         List<AppDefinedDataItem> appMemberDefinedData) {
    this(memberAccount, role, joinTime, msgSeq, msgFlag, lastSendMsgTime, shutUpUntil, muteUntil, nameCard,
        appMemberDefinedData, null);
  }

  /** The custom member fields as a map. */
  public Map<String, String> customFields() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    appMemberDefinedData.forEach(i -> m.put(i.key(), i.value()));
    return m;
  }
}

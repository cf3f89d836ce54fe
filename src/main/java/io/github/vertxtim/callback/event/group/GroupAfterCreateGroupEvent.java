package io.github.vertxtim.callback.event.group;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.group.AppDefinedDataItem;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.List;
import java.util.Map;

/**
 * Sent after a group has been created.
 * <p>
 * {@code GroupId}: the new group (the page's field table spells it groupID); {@code Type}: the group type, one
 * of {@link GroupType}; {@code UserDefinedDataList}: the custom group fields given at creation, Key/Value items
 * like a group's AppDefinedData; {@code EventTime}: when the event happened, Unix time in milliseconds (a number
 * or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/34369">After a Group Is Created</a>
 */
@TimCallback("Group.CallbackAfterCreateGroup")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterCreateGroupEvent(
    @JsonProperty("CallbackCommand") String callbackCommand,
    @JsonProperty("GroupId") @JsonAlias({"groupID"}) String groupId,
    @JsonProperty("Operator_Account") String operatorAccount,
    @JsonProperty("Owner_Account") String ownerAccount,
    @JsonProperty("Type") String type,
    @JsonProperty("Name") String name,
    @JsonProperty("MemberList") List<MemberAccountItem> memberList,
    @JsonProperty("UserDefinedDataList") List<AppDefinedDataItem> userDefinedDataList,
    @JsonProperty("EventTime") Long eventTime,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupAfterCreateGroupEvent {
    memberList = memberList == null ? List.of() : List.copyOf(memberList);
    userDefinedDataList = userDefinedDataList == null ? List.of() : List.copyOf(userDefinedDataList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterCreateGroupEvent(String callbackCommand, String groupId, String operatorAccount,
      String ownerAccount, String type, String name, List<MemberAccountItem> memberList,
      List<AppDefinedDataItem> userDefinedDataList, Long eventTime) {
    this(callbackCommand, groupId, operatorAccount, ownerAccount, type, name, memberList, userDefinedDataList,
        eventTime, null);
  }
}

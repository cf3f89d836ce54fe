package io.github.vertxtim.callback.event.group;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.List;
import java.util.Map;

/**
 * Sent before a group is created; the answer allows or rejects the creation.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code CreateGroupNum}: how many groups of this type
 * the owner has created (spelt CreatedGroupNum or CreatedNum by other editions of the page); {@code EventTime}:
 * when the event happened, Unix time in milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/34368">Before a Group Is Created</a>
 */
@TimCallback("Group.CallbackBeforeCreateGroup")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupBeforeCreateGroupEvent(
    @JsonProperty("CallbackCommand") String callbackCommand,
    @JsonProperty("Operator_Account") String operatorAccount,
    @JsonProperty("Owner_Account") String ownerAccount,
    @JsonProperty("Type") String type,
    @JsonProperty("Name") String name,
    @JsonProperty("CreateGroupNum") @JsonAlias({"CreatedGroupNum", "CreatedNum"}) Integer createGroupNum,
    @JsonProperty("MemberList") List<MemberAccountItem> memberList,
    @JsonProperty("EventTime") Long eventTime,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupBeforeCreateGroupEvent {
    memberList = memberList == null ? List.of() : List.copyOf(memberList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupBeforeCreateGroupEvent(String callbackCommand, String operatorAccount, String ownerAccount,
      String type, String name, Integer createGroupNum, List<MemberAccountItem> memberList, Long eventTime) {
    this(callbackCommand, operatorAccount, ownerAccount, type, name, createGroupNum, memberList, eventTime, null);
  }
}

package io.github.vertxtim.callback.event.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.group.GroupAttrItem;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.List;
import java.util.Map;

/**
 * Sent after a group's custom attributes were set, deleted, cleared or reset.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code OptionType}: what happened to the attributes
 * ({@code set} replaced them all, {@code modify}, {@code clear}, {@code delete}: the page's Chinese edition);
 * {@code GroupAttr}: the attributes concerned, key/value items (lower case) as in modify_group_attr;
 * {@code EventTime}: when the event happened, Unix time in milliseconds (a number or a numeric string on the
 * wire).
 *
 * @see <a href="https://trtc.io/document/60394">Callback After Group Attribute Changed</a>
 */
@TimCallback("Group.CallbackAfterGroupAttrChanged")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterGroupAttrChangedEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                              @JsonProperty("GroupId") String groupId,
                                              @JsonProperty("Type") String type,
                                              @JsonProperty("Operator_Account") String operatorAccount,
                                              @JsonProperty("OptionType") String optionType,
                                              @JsonProperty("GroupAttr") List<GroupAttrItem> groupAttr,
                                              @JsonProperty("EventTime") Long eventTime,
                                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupAfterGroupAttrChangedEvent {
    groupAttr = groupAttr == null ? List.of() : List.copyOf(groupAttr);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterGroupAttrChangedEvent(String callbackCommand, String groupId, String type, String operatorAccount,
      String optionType, List<GroupAttrItem> groupAttr, Long eventTime) {
    this(callbackCommand, groupId, type, operatorAccount, optionType, groupAttr, eventTime, null);
  }
}

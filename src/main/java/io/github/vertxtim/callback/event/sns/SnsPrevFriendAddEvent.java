package io.github.vertxtim.callback.event.sns;

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
 * Before a friend request is processed: the requester and one FriendItem per target; answer one ResultItem per target.
 *
 * @see <a href="https://trtc.io/document/43468">Before a Friend Is Added</a>
 */
@TimCallback("Sns.CallbackPrevFriendAdd")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnsPrevFriendAddEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                    @JsonProperty("Requester_Account") String requesterAccount,
                                    @JsonProperty("From_Account") String fromAccount,
                                    @JsonProperty("FriendItem") List<FriendItem> friendItems,
                                    @JsonProperty("AddType") String addType,
                                    @JsonProperty("ForceAddFlags") Integer forceAddFlags,
                                    @JsonProperty("EventTime") Long eventTime,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements CallbackEvent {

  public SnsPrevFriendAddEvent {
    friendItems = friendItems == null ? List.of() : List.copyOf(friendItems);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static final String ADD_TYPE_SINGLE = "Add_Type_Single";
  public static final String ADD_TYPE_BOTH = "Add_Type_Both";

  /** One target of the request: To_Account, Remark, GroupName, AddSource, AddWording. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FriendItem(@JsonProperty("To_Account") String toAccount,
                           @JsonProperty("Remark") String remark,
                           @JsonProperty("GroupName") String groupName,
                           @JsonProperty("AddSource") String addSource,
                           @JsonProperty("AddWording") String addWording,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public FriendItem {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}

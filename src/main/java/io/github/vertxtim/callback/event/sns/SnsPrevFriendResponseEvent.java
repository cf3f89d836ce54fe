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
 * Before a response to friend requests is processed: one ResponseFriendItem per requester; answer one ResultItem each.
 *
 * @see <a href="https://trtc.io/document/43467">Before a Friend Request Is Responded</a>
 */
@TimCallback("Sns.CallbackPrevFriendResponse")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnsPrevFriendResponseEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                         @JsonProperty("Requester_Account") String requesterAccount,
                                         @JsonProperty("From_Account") String fromAccount,
                                         @JsonProperty("ResponseFriendItem") List<ResponseFriendItem> responseFriendItems,
                                         @JsonProperty("EventTime") Long eventTime,
                                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements CallbackEvent {

  public SnsPrevFriendResponseEvent {
    responseFriendItems = responseFriendItems == null ? List.of() : List.copyOf(responseFriendItems);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** One response: To_Account (who asked), Remark, TagName, ResponseAction (Response_Action_AgreeAndAdd, Response_Action_Agree, Response_Action_Reject). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ResponseFriendItem(@JsonProperty("To_Account") String toAccount,
                                   @JsonProperty("Remark") String remark,
                                   @JsonProperty("TagName") String tagName,
                                   @JsonProperty("ResponseAction") String responseAction,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public ResponseFriendItem {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}

package io.github.vertxtim.api.operations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of open_msg_svc/get_history: the download address of the message-record file of one hour.
 *
 * @param chatType {@value #C2C} or {@value #GROUP}
 * @param msgTime the hour, yyyyMMddHH in Beijing time, within the last 7 days
 * @see <a href="https://trtc.io/document/34885">Downloading Recent Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetHistoryRequest(@JsonProperty("ChatType") String chatType,
                                @JsonProperty("MsgTime") String msgTime,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final String C2C = "C2C";
  public static final String GROUP = "Group";

  public GetHistoryRequest {
    Objects.requireNonNull(chatType, "ChatType");
    Objects.requireNonNull(msgTime, "MsgTime");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetHistoryRequest(String chatType, String msgTime) {
    this(chatType, msgTime, null);
  }
}

package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of recentcontact/get_list: one page of a user's conversations, newest first; the cursors of the
 * first page are 0 and later pages pass the ones the previous answer gave.
 *
 * @param fromAccount whose conversations
 * @param timeStamp cursor of the ordinary conversations (0: first page)
 * @param startIndex cursor position of the ordinary conversations
 * @param topTimeStamp cursor of the pinned conversations
 * @param topStartIndex cursor position of the pinned conversations
 * @param assistFlags bit 0 pinned conversations, bit 1 empty conversations, bit 2 paged pinned conversations
 * @see <a href="https://www.tencentcloud.com/document/product/1047/43087">Pulling a Conversation List</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetConversationsRequest(@JsonProperty("From_Account") String fromAccount,
                                      @JsonProperty("TimeStamp") Long timeStamp,
                                      @JsonProperty("StartIndex") Integer startIndex,
                                      @JsonProperty("TopTimeStamp") Long topTimeStamp,
                                      @JsonProperty("TopStartIndex") Integer topStartIndex,
                                      @JsonProperty("AssistFlags") Integer assistFlags,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  /** AssistFlags bit 0: pinned conversations come first, with TopFlag 1. */
  public static final int WITH_PINNED = 1;
  /** AssistFlags bit 1: conversations without messages are listed too. */
  public static final int WITH_EMPTY = 2;
  /** AssistFlags bit 2: pinned conversations are paged with TopTimeStamp/TopStartIndex. */
  public static final int PAGED_PINNED = 4;

  public GetConversationsRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetConversationsRequest(String fromAccount, Long timeStamp, Integer startIndex, Long topTimeStamp, Integer topStartIndex, Integer assistFlags) {
    this(fromAccount, timeStamp, startIndex, topTimeStamp, topStartIndex, assistFlags, null);
  }

  /** The first page of {@code userId}'s conversations with the given AssistFlags. */
  public static GetConversationsRequest firstPage(String userId, int assistFlags) {
    return new GetConversationsRequest(userId, 0L, 0, 0L, 0, assistFlags, null);
  }
}

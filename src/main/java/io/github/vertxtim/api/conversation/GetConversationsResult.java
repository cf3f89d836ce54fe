package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of recentcontact/get_list: one page of conversations and the cursors of the next page.
 *
 * @param sessions the conversations of this page
 * @param completeFlag 1 when every conversation was given
 * @see <a href="https://www.tencentcloud.com/document/product/1047/43087">Pulling a Conversation List</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetConversationsResult(@JsonProperty("SessionItem") List<Session> sessions,
                                     @JsonProperty("CompleteFlag") int completeFlag,
                                     @JsonProperty("TimeStamp") long timeStamp,
                                     @JsonProperty("StartIndex") int startIndex,
                                     @JsonProperty("TopTimeStamp") long topTimeStamp,
                                     @JsonProperty("TopStartIndex") int topStartIndex,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetConversationsResult {
    sessions = sessions == null ? List.of() : List.copyOf(sessions);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetConversationsResult(List<Session> sessions, int completeFlag, long timeStamp, int startIndex, long topTimeStamp, int topStartIndex) {
    this(sessions, completeFlag, timeStamp, startIndex, topTimeStamp, topStartIndex, null);
  }

  public boolean complete() {
    return completeFlag == 1;
  }

  /**
   * One conversation.
   *
   * @param type 1 one-to-one, 2 group
   * @param msgTime time of its last message, in seconds
   * @param topFlag 1 pinned, 0 not
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Session(@JsonProperty("Type") int type,
                        @JsonProperty("To_Account") String toAccount,
                        @JsonProperty("GroupId") String groupId,
                        @JsonProperty("MsgTime") long msgTime,
                        @JsonProperty("TopFlag") int topFlag,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Session {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Session(int type, String toAccount, String groupId, long msgTime, int topFlag) {
      this(type, toAccount, groupId, msgTime, topFlag, null);
    }

    public boolean pinned() {
      return topFlag == 1;
    }
  }
}

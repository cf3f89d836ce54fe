package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answer of friend_get: one page of friends ({@code UserDataItem}), the friend count, and where the next page
 * starts; {@code CompleteFlag} 1 marks the last page.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34908">Pulling Friends</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetFriendsResult(@JsonProperty("UserDataItem") List<Friend> friends,
                               @JsonProperty("StandardSequence") long standardSequence,
                               @JsonProperty("CustomSequence") long customSequence,
                               @JsonProperty("FriendNum") long friendNum,
                               @JsonProperty("CompleteFlag") int completeFlag,
                               @JsonProperty("NextStartIndex") long nextStartIndex,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetFriendsResult {
    friends = friends == null ? List.of() : List.copyOf(friends);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Whether this is the last page. */
  public boolean complete() {
    return completeFlag == 1;
  }

  /** One friend and its fields ({@code ValueItem}). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Friend(@JsonProperty("To_Account") String toAccount,
                       @JsonProperty("ValueItem") List<SnsItem> fields,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Friend {
      fields = fields == null ? List.of() : List.copyOf(fields);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    /** The value of {@code tag}, if the answer carries it. */
    public Optional<Object> value(String tag) {
      return fields.stream().filter(f -> tag.equals(f.tag())).map(SnsItem::value).findFirst();
    }
  }
}

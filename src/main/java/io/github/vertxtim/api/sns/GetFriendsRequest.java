package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of friend_get: {@code {"From_Account":"alice","StartIndex":0}}, one page of a user's friends.
 *
 * @param startIndex       where the page starts: 0 first, then the previous answer's NextStartIndex
 * @param standardSequence the StandardSequence of an earlier answer: while it is current the standard fields are
 *                         left out of the answer's items
 * @param customSequence   the same for the custom fields
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34908">Pulling Friends</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetFriendsRequest(@JsonProperty("From_Account") String fromAccount,
                                @JsonProperty("StartIndex") long startIndex,
                                @JsonProperty("StandardSequence") Long standardSequence,
                                @JsonProperty("CustomSequence") Long customSequence,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetFriendsRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetFriendsRequest(String fromAccount, long startIndex) {
    this(fromAccount, startIndex, null, null, null);
  }
}

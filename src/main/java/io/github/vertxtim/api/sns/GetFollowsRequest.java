package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of follow_get: {@code {"From_Account":"alice","FollowType":2,"StartCursor":"","WantNum":100}}.
 *
 * @param followType  {@value #FOLLOWERS} followers, {@value #FOLLOWING} followed users, {@value #MUTUAL} mutual
 * @param startCursor empty for the first page, then the previous answer's NextCursor
 * @param wantNum     users per page, 1 to {@value #MAX_WANT_NUM} (the service's default is 100)
 * @see <a href="https://www.tencentcloud.com/document/product/1047/70347">Retrieve Fans, Follows, And Mutual
 *     Followers List</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetFollowsRequest(@JsonProperty("From_Account") String fromAccount,
                                @JsonProperty("FollowType") int followType,
                                @JsonProperty("StartCursor") String startCursor,
                                @JsonProperty("WantNum") int wantNum,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final int FOLLOWERS = 1;
  public static final int FOLLOWING = 2;
  public static final int MUTUAL = 3;
  /** The page says at most 1000 per page. */
  public static final int MAX_WANT_NUM = 1000;

  public GetFollowsRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    startCursor = startCursor == null ? "" : startCursor;
    if (followType < FOLLOWERS || followType > MUTUAL) {
      throw new IllegalArgumentException("FollowType must be 1, 2 or 3, got " + followType);
    }
    if (wantNum < 1 || wantNum > MAX_WANT_NUM) {
      throw new IllegalArgumentException("WantNum must be 1 to " + MAX_WANT_NUM + ", got " + wantNum);
    }
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetFollowsRequest(String fromAccount, int followType, String startCursor, int wantNum) {
    this(fromAccount, followType, startCursor, wantNum, null);
  }
}

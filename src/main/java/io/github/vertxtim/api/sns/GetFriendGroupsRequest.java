package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of sns/group_get: {@code {"From_Account":"alice","NeedFriend":"Need_Friend_Type_Yes","GroupName":["a"]}}.
 *
 * @param needFriend {@value #NEED_FRIEND} to have each list's friends in the answer
 * @param groupNames the lists to get; all of them when null
 * @see <a href="https://www.tencentcloud.com/document/product/1047/40123">Pulling Lists</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetFriendGroupsRequest(@JsonProperty("From_Account") String fromAccount,
                                     @JsonProperty("NeedFriend") String needFriend,
                                     @JsonProperty("GroupName") List<String> groupNames,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final String NEED_FRIEND = "Need_Friend_Type_Yes";

  public GetFriendGroupsRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    groupNames = groupNames == null ? null : List.copyOf(groupNames);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetFriendGroupsRequest(String fromAccount, String needFriend, List<String> groupNames) {
    this(fromAccount, needFriend, groupNames, null);
  }
}

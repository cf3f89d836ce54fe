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
 * Body of sns/group_add: {@code {"From_Account":"alice","GroupName":["family"],"To_Account":["bob"]}} creates
 * friend lists and puts the given friends in every one of them.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34950">Adding Lists</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddFriendGroupsRequest(@JsonProperty("From_Account") String fromAccount,
                                     @JsonProperty("GroupName") List<String> groupNames,
                                     @JsonProperty("To_Account") List<String> toAccounts,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public AddFriendGroupsRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    groupNames = List.copyOf(Objects.requireNonNull(groupNames, "GroupName"));
    toAccounts = toAccounts == null ? null : List.copyOf(toAccounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public AddFriendGroupsRequest(String fromAccount, List<String> groupNames, List<String> toAccounts) {
    this(fromAccount, groupNames, toAccounts, null);
  }
}

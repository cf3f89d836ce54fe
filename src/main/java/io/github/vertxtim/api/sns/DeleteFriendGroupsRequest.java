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
 * Body of sns/group_delete: {@code {"From_Account":"alice","GroupName":["family"]}}; the friends stay friends.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34926">Deleting Lists</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteFriendGroupsRequest(@JsonProperty("From_Account") String fromAccount,
                                        @JsonProperty("GroupName") List<String> groupNames,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteFriendGroupsRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    groupNames = List.copyOf(Objects.requireNonNull(groupNames, "GroupName"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public DeleteFriendGroupsRequest(String fromAccount, List<String> groupNames) {
    this(fromAccount, groupNames, null);
  }
}

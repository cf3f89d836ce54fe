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
 * Answer of sns/group_get: the friend lists ({@code ResultItem}) and their sequence ({@code CurrentSequence}).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/40123">Pulling Lists</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetFriendGroupsResult(@JsonProperty("ResultItem") List<Group> groups,
                                    @JsonProperty("CurrentSequence") long currentSequence,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetFriendGroupsResult {
    groups = groups == null ? List.of() : List.copyOf(groups);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The list named {@code name}, if the answer has it. */
  public Optional<Group> group(String name) {
    return groups.stream().filter(g -> name.equals(g.groupName())).findFirst();
  }

  /** One friend list: its name, how many friends it holds, and (with NeedFriend) which. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Group(@JsonProperty("GroupName") String groupName,
                      @JsonProperty("FriendNumber") int friendNumber,
                      @JsonProperty("To_Account") List<String> toAccounts,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Group {
      toAccounts = toAccounts == null ? List.of() : List.copyOf(toAccounts);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}

package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of recentcontact/update_contact_group.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53439">Updating Conversation Group Data</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateContactGroupResult(@JsonProperty("UpdateType") int updateType,
                                       @JsonProperty("UpdateGroupResult") Outcome result,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public UpdateContactGroupResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public UpdateContactGroupResult(int updateType, Outcome result) {
    this(updateType, result, null);
  }

  /**
   * The group after the update and the outcome for each conversation.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Outcome(@JsonProperty("UpdateGroupType") int updateGroupType,
                        @JsonProperty("GroupName") String groupName,
                        @JsonProperty("GroupId") Integer groupId,
                        @JsonProperty("OldGroupName") String oldGroupName,
                        @JsonProperty("ContactResultItem") List<ContactResult> results,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Outcome {
      results = results == null ? List.of() : List.copyOf(results);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Outcome(int updateGroupType, String groupName, Integer groupId, String oldGroupName, List<ContactResult> results) {
      this(updateGroupType, groupName, groupId, oldGroupName, results, null);
    }
  }
}

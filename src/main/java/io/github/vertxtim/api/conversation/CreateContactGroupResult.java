package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of recentcontact/create_contact_group: per group, its ID and the outcome for each conversation.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53437">Creating Conversation Group Data</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateContactGroupResult(@JsonProperty("GroupResultItem") List<Item> groups,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public CreateContactGroupResult {
    groups = groups == null ? List.of() : List.copyOf(groups);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public CreateContactGroupResult(List<Item> groups) {
    this(groups, null);
  }

  /**
   * One created group.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("GroupItem") ContactGroup group,
                     @JsonProperty("ResultItem") List<ContactResult> results,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Item {
      results = results == null ? List.of() : List.copyOf(results);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Item(ContactGroup group, List<ContactResult> results) {
      this(group, results, null);
    }
  }
}

package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * A conversation group: its name (at most 32 bytes) and the ID the service gave it.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53437">Creating Conversation Group Data</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactGroup(@JsonProperty("GroupName") String groupName,
                           @JsonProperty("GroupId") Integer groupId,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ContactGroup {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ContactGroup(String groupName, Integer groupId) {
    this(groupName, groupId, null);
  }
}

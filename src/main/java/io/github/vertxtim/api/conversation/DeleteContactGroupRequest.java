package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of recentcontact/del_contact_group: deletes conversation groups by name.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53441">Deleting Conversation Group Data</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteContactGroupRequest(@JsonProperty("From_Account") String fromAccount,
                                        @JsonProperty("GroupName") List<String> groupNames,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteContactGroupRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    groupNames = List.copyOf(Objects.requireNonNull(groupNames, "GroupName"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public DeleteContactGroupRequest(String fromAccount, List<String> groupNames) {
    this(fromAccount, groupNames, null);
  }
}

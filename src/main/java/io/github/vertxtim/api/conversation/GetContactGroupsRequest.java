package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of recentcontact/get_contact_group: one page of a user's conversation group and mark data.
 *
 * @param startIndex 0 for the first page, then the previous answer's NextStartIndex
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53440">Pulling Conversation Group Mark Data</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetContactGroupsRequest(@JsonProperty("From_Account") String fromAccount,
                                      @JsonProperty("StartIndex") Integer startIndex,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetContactGroupsRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetContactGroupsRequest(String fromAccount, Integer startIndex) {
    this(fromAccount, startIndex, null);
  }
}

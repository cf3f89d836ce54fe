package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of get_subscribed_official_account_list: a page of official accounts with the user's own
 * subscription data, the total, whether the list is complete ({@code CompleteFlag} 1) and the next offset.
 *
 * @see <a href="https://trtc.io/document/60763">Obtaining the Official Accounts a User Subscribes To</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetSubscribedOfficialAccountListResult(
    @JsonProperty("OfficialAccountInfoList") List<OfficialAccountInfo> officialAccountInfoList,
    @JsonProperty("TotalCount") Integer totalCount,
    @JsonProperty("CompleteFlag") Integer completeFlag,
    @JsonProperty("Next") Long next,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetSubscribedOfficialAccountListResult {
    officialAccountInfoList = officialAccountInfoList == null ? List.of() : List.copyOf(officialAccountInfoList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public boolean complete() {
    return completeFlag != null && completeFlag == 1;
  }
}

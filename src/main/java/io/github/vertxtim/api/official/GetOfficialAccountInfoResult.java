package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of get_official_account_info: one profile per requested account, in request order.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/60758">Obtaining Official Account Information</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetOfficialAccountInfoResult(
    @JsonProperty("OfficialAccountInfoList") List<OfficialAccountInfo> officialAccountInfoList,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetOfficialAccountInfoResult {
    officialAccountInfoList = officialAccountInfoList == null ? List.of() : List.copyOf(officialAccountInfoList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of get_official_account_info: up to 50 official accounts and an optional filter.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/60758">Obtaining Official Account Information</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetOfficialAccountInfoRequest(
    @JsonProperty("OfficialAccountIdList") List<OfficialAccountItem> officialAccountIdList,
    @JsonProperty("ResponseFilter") OfficialAccountResponseFilter responseFilter,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetOfficialAccountInfoRequest {
    Objects.requireNonNull(officialAccountIdList, "OfficialAccountIdList");
    officialAccountIdList = List.copyOf(officialAccountIdList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public GetOfficialAccountInfoRequest(List<OfficialAccountItem> officialAccountIdList,
                                       OfficialAccountResponseFilter responseFilter) {
    this(officialAccountIdList, responseFilter, null);
  }

  public static GetOfficialAccountInfoRequest of(java.util.Collection<String> ids) {
    return new GetOfficialAccountInfoRequest(OfficialAccountItem.of(ids), null, null);
  }
}

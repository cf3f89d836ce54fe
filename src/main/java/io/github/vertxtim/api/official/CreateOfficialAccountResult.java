package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * Answer of create_official_account: the official account's ID (generated unless the request gave one).
 *
 * @see <a href="https://trtc.io/document/60755">Creating Official Accounts</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateOfficialAccountResult(@JsonProperty("OfficialAccountUserID") String officialAccountUserId,
                                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public CreateOfficialAccountResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

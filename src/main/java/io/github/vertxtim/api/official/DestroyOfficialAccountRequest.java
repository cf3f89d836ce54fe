package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of destroy_official_account: the official account to destroy.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/60756">Destroying Official Accounts</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DestroyOfficialAccountRequest(@JsonProperty("Official_Account") String officialAccount,
                                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DestroyOfficialAccountRequest {
    Objects.requireNonNull(officialAccount, "Official_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public DestroyOfficialAccountRequest(String officialAccount) {
    this(officialAccount, null);
  }
}

package io.github.vertxtim.api.mute;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of openconfigsvr/getnospeaking: the global mute times of one account.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34924">Querying Global Mute</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetNoSpeakingRequest(@JsonProperty("Get_Account") String getAccount,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetNoSpeakingRequest {
    Objects.requireNonNull(getAccount, "Get_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetNoSpeakingRequest(String getAccount) {
    this(getAccount, null);
  }
}

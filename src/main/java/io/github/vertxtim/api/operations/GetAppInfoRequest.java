package io.github.vertxtim.api.operations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Body of openconfigsvr/getappinfo: the app's daily statistics; RequestField names the fields wanted
 * (all when absent).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34886">Pulling Operations Data</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetAppInfoRequest(@JsonProperty("RequestField") List<String> requestFields,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetAppInfoRequest {
    requestFields = requestFields == null ? null : List.copyOf(requestFields);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetAppInfoRequest(List<String> requestFields) {
    this(requestFields, null);
  }
}

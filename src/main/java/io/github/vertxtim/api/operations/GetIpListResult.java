package io.github.vertxtim.api.operations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of ConfigSvc/GetIPList: the server IP addresses (for firewall allow lists).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/36742">Obtaining the Server IP Address</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetIpListResult(@JsonProperty("IPList") List<String> ipList,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetIpListResult {
    ipList = ipList == null ? List.of() : List.copyOf(ipList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetIpListResult(List<String> ipList) {
    this(ipList, null);
  }
}

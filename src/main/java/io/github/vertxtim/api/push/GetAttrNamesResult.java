package io.github.vertxtim.api.push;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * Answer of im_get_attr_name and timpush/get_attr_name: attribute number ({@code "0"}..{@code "9"}) to name.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/37168">Getting Application Attribute Names</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetAttrNamesResult(@JsonProperty("AttrNames") Map<String, String> attrNames,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetAttrNamesResult {
    attrNames = attrNames == null ? Map.of() : Map.copyOf(attrNames);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

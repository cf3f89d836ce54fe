package io.github.vertxtim.api.push;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of im_set_attr_name and timpush/set_attr_name: attribute numbers {@code "0"}..{@code "9"} to names (each at
 * most 50 bytes). An app has at most 10 push attributes.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/37167">Setting Application Attribute Names</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetAttrNamesRequest(@JsonProperty("AttrNames") Map<String, String> attrNames,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  /** Attributes per app, numbered 0 to 9. */
  public static final int MAX_ATTRIBUTES = 10;

  public SetAttrNamesRequest {
    attrNames = Map.copyOf(Objects.requireNonNull(attrNames, "AttrNames"));
    if (attrNames.size() > MAX_ATTRIBUTES) {
      throw new IllegalArgumentException("AttrNames holds at most " + MAX_ATTRIBUTES + " attributes");
    }
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static SetAttrNamesRequest of(Map<String, String> attrNames) {
    return new SetAttrNamesRequest(attrNames, null);
  }
}

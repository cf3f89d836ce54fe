package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * The content of a {@code TIMLocationElem}: a place and its description (offline-push text "[Location]").
 *
 * @param desc          the Desc, a description of the place
 * @param latitude      the Latitude, a JSON number
 * @param longitude     the Longitude, a JSON number
 * @param unknownFields fields this library does not know, kept and sent back
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocationContent(@JsonProperty("Desc") String desc,
                              @JsonProperty("Latitude") Double latitude,
                              @JsonProperty("Longitude") Double longitude,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements MsgContent {

  public static final String MSG_TYPE = "TIMLocationElem";

  public LocationContent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public LocationContent(String desc, Double latitude, Double longitude) {
    this(desc, latitude, longitude, null);
  }

  @Override
  public String msgType() {
    return MSG_TYPE;
  }
}

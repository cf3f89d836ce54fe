package io.github.vertxtim.api.mute;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * Answer of openconfigsvr/getnospeaking.
 *
 * @param c2cNoSpeakingTime seconds of one-to-one mute left: 0 not muted, 4294967295 forever
 * @param groupNoSpeakingTime the same for group messages
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34924">Querying Global Mute</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetNoSpeakingResult(@JsonProperty("C2CmsgNospeakingTime") long c2cNoSpeakingTime,
                                  @JsonProperty("GroupmsgNospeakingTime") long groupNoSpeakingTime,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetNoSpeakingResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetNoSpeakingResult(long c2cNoSpeakingTime, long groupNoSpeakingTime) {
    this(c2cNoSpeakingTime, groupNoSpeakingTime, null);
  }
}

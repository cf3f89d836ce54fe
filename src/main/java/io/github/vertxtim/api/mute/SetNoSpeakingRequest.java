package io.github.vertxtim.api.mute;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of openconfigsvr/setnospeaking: mutes or unmutes an account for all one-to-one and/or all group
 * messages; at least one of the two times must be given.
 *
 * @param setAccount the account
 * @param c2cNoSpeakingTime seconds the account may not send one-to-one messages: {@value #UNMUTED} unmutes, {@value #FOREVER} forever
 * @param groupNoSpeakingTime the same for group messages
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34923">Setting Global Mute</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetNoSpeakingRequest(@JsonProperty("Set_Account") String setAccount,
                                   @JsonProperty("C2CmsgNospeakingTime") Long c2cNoSpeakingTime,
                                   @JsonProperty("GroupmsgNospeakingTime") Long groupNoSpeakingTime,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  /** Unmutes. */
  public static final long UNMUTED = 0L;
  /** Mutes forever (0xFFFFFFFF). */
  public static final long FOREVER = 4_294_967_295L;

  public SetNoSpeakingRequest {
    Objects.requireNonNull(setAccount, "Set_Account");
    if (c2cNoSpeakingTime == null && groupNoSpeakingTime == null) {
      throw new IllegalArgumentException("C2CmsgNospeakingTime or GroupmsgNospeakingTime is required");
    }
    checkTime(c2cNoSpeakingTime, "C2CmsgNospeakingTime");
    checkTime(groupNoSpeakingTime, "GroupmsgNospeakingTime");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SetNoSpeakingRequest(String setAccount, Long c2cNoSpeakingTime, Long groupNoSpeakingTime) {
    this(setAccount, c2cNoSpeakingTime, groupNoSpeakingTime, null);
  }

  private static void checkTime(Long seconds, String field) {
    if (seconds != null && (seconds < 0 || seconds > FOREVER)) {
      throw new IllegalArgumentException(field + " must be 0.." + FOREVER + " seconds, got " + seconds);
    }
  }
}

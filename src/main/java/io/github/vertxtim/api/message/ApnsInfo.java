package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * The {@code OfflinePushInfo.ApnsInfo}: the iOS settings of an offline push.
 *
 * @param sound          the Sound, the ringtone file (with suffix)
 * @param badgeMode      the BadgeMode: 0 (default) counts the message in the badge, 1 does not
 * @param title          the Title; replaces OfflinePushInfo.Title on iOS
 * @param subTitle       the SubTitle
 * @param image          the Image URL shown with the notification
 * @param mutableContent the MutableContent: 1 enables the iOS 10+ push extension, 0 (default) not
 * @param unknownFields  fields this library does not know, kept and sent back
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApnsInfo(@JsonProperty("Sound") String sound,
                       @JsonProperty("BadgeMode") Integer badgeMode,
                       @JsonProperty("Title") String title,
                       @JsonProperty("SubTitle") String subTitle,
                       @JsonProperty("Image") String image,
                       @JsonProperty("MutableContent") Integer mutableContent,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public ApnsInfo {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Six optional fields, four of them strings: named setters instead of a positional constructor. */
  public static final class Builder {
    private String sound;
    private Integer badgeMode;
    private String title;
    private String subTitle;
    private String image;
    private Integer mutableContent;

    private Builder() {
    }

    public Builder sound(String v) { sound = v; return this; }
    public Builder badgeMode(Integer v) { badgeMode = v; return this; }
    public Builder title(String v) { title = v; return this; }
    public Builder subTitle(String v) { subTitle = v; return this; }
    public Builder image(String v) { image = v; return this; }
    public Builder mutableContent(Integer v) { mutableContent = v; return this; }

    public ApnsInfo build() {
      return new ApnsInfo(sound, badgeMode, title, subTitle, image, mutableContent, null);
    }
  }
}

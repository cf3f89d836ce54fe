package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * The {@code OfflinePushInfo} of a message: how it shows as a notification when the receiver is offline. When set,
 * the push settings of a {@code TIMCustomElem} are ignored. APNs takes at most 4 KB, so keep Desc + Ext under 3 KB.
 *
 * @param pushFlag      the PushFlag: {@link #PUSH} (0, the default) or {@link #NO_PUSH} (1)
 * @param title         the Title, for iOS and Android
 * @param desc          the Desc, the notification text; it overrides the elements' own push text
 * @param ext           the Ext, passed through to the app; JSON text so that every Android vendor takes it
 * @param androidInfo   the AndroidInfo, vendor channel settings
 * @param apnsInfo      the ApnsInfo, iOS settings
 * @param unknownFields fields this library does not know, kept and sent back
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 * @see <a href="https://www.tencentcloud.com/document/product/1047/77715">OfflinePushInfo</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfflinePushInfo(@JsonProperty("PushFlag") Integer pushFlag,
                              @JsonProperty("Title") String title,
                              @JsonProperty("Desc") String desc,
                              @JsonProperty("Ext") String ext,
                              @JsonProperty("AndroidInfo") AndroidInfo androidInfo,
                              @JsonProperty("ApnsInfo") ApnsInfo apnsInfo,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public static final int PUSH = 0;
  public static final int NO_PUSH = 1;

  public OfflinePushInfo {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public OfflinePushInfo(Integer pushFlag, String title, String desc, String ext, AndroidInfo androidInfo,
                         ApnsInfo apnsInfo) {
    this(pushFlag, title, desc, ext, androidInfo, apnsInfo, null);
  }

  /** A notification with this title and text (either may be {@code null}). */
  public static OfflinePushInfo of(String title, String desc) {
    return new OfflinePushInfo(null, title, desc, null, null, null);
  }

  /** No offline push for this message (PushFlag 1). */
  public static OfflinePushInfo noPush() {
    return new OfflinePushInfo(NO_PUSH, null, null, null, null, null);
  }

  public OfflinePushInfo withExt(String ext) {
    return new OfflinePushInfo(pushFlag, title, desc, ext, androidInfo, apnsInfo, unknownFields);
  }

  public OfflinePushInfo withAndroidInfo(AndroidInfo androidInfo) {
    return new OfflinePushInfo(pushFlag, title, desc, ext, androidInfo, apnsInfo, unknownFields);
  }

  public OfflinePushInfo withApnsInfo(ApnsInfo apnsInfo) {
    return new OfflinePushInfo(pushFlag, title, desc, ext, androidInfo, apnsInfo, unknownFields);
  }
}

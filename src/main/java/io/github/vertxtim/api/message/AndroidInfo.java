package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * The {@code OfflinePushInfo.AndroidInfo}: Android vendor channel settings of an offline push. A channel ID given
 * here overrides the one configured in the console. Vendor fields not listed here stay in {@link #unknownFields()}.
 *
 * @param sound                    the Sound, the ringtone file (without suffix)
 * @param huaWeiChannelId          the HuaWeiChannelID (EMUI 10+)
 * @param xiaoMiChannelId          the XiaoMiChannelID (MIUI 10+)
 * @param oppoChannelId            the OPPOChannelID (Android 8+)
 * @param googleChannelId          the GoogleChannelID (Android 8+, new FCM API)
 * @param vivoClassification       the VIVOClassification: 0 operation, 1 system (default)
 * @param huaWeiImportance         the HuaWeiImportance: LOW or NORMAL (default)
 * @param extAsHuaweiIntentParam   the ExtAsHuaweiIntentParam: 1 Ext is the Intent parameter, 0 (default) the Action
 * @param huaWeiCategory           the HuaWeiCategory, e.g. IM or MARKETING
 * @param oppoCategory             the OPPOCategory, e.g. IM or MARKETING
 * @param vivoCategory             the VIVOCategory, e.g. IM or MARKETING
 * @param honorImportance          the HonorImportance: LOW or NORMAL
 * @param meiZuNoticeMsgType       the MeiZuNoticeMsgType: 0 public, 1 private message
 * @param oppoPrivateMsgTemplateId the OPPOPrivateMsgTemplateId of an OPPO private-message template
 * @param unknownFields            fields this library does not know, kept and sent back
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 * @see <a href="https://www.tencentcloud.com/document/product/1047/77715">OfflinePushInfo</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AndroidInfo(@JsonProperty("Sound") String sound,
                          @JsonProperty("HuaWeiChannelID") String huaWeiChannelId,
                          @JsonProperty("XiaoMiChannelID") String xiaoMiChannelId,
                          @JsonProperty("OPPOChannelID") String oppoChannelId,
                          @JsonProperty("GoogleChannelID") String googleChannelId,
                          @JsonProperty("VIVOClassification") Integer vivoClassification,
                          @JsonProperty("HuaWeiImportance") String huaWeiImportance,
                          @JsonProperty("ExtAsHuaweiIntentParam") Integer extAsHuaweiIntentParam,
                          @JsonProperty("HuaWeiCategory") String huaWeiCategory,
                          @JsonProperty("OPPOCategory") String oppoCategory,
                          @JsonProperty("VIVOCategory") String vivoCategory,
                          @JsonProperty("HonorImportance") String honorImportance,
                          @JsonProperty("MeiZuNoticeMsgType") Integer meiZuNoticeMsgType,
                          @JsonProperty("OPPOPrivateMsgTemplateId") String oppoPrivateMsgTemplateId,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public AndroidInfo {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Fourteen optional fields, most of them strings: named setters instead of a positional constructor. */
  public static final class Builder {
    private String sound;
    private String huaWeiChannelId;
    private String xiaoMiChannelId;
    private String oppoChannelId;
    private String googleChannelId;
    private Integer vivoClassification;
    private String huaWeiImportance;
    private Integer extAsHuaweiIntentParam;
    private String huaWeiCategory;
    private String oppoCategory;
    private String vivoCategory;
    private String honorImportance;
    private Integer meiZuNoticeMsgType;
    private String oppoPrivateMsgTemplateId;

    private Builder() {
    }

    public Builder sound(String v) { sound = v; return this; }
    public Builder huaWeiChannelId(String v) { huaWeiChannelId = v; return this; }
    public Builder xiaoMiChannelId(String v) { xiaoMiChannelId = v; return this; }
    public Builder oppoChannelId(String v) { oppoChannelId = v; return this; }
    public Builder googleChannelId(String v) { googleChannelId = v; return this; }
    public Builder vivoClassification(Integer v) { vivoClassification = v; return this; }
    public Builder huaWeiImportance(String v) { huaWeiImportance = v; return this; }
    public Builder extAsHuaweiIntentParam(Integer v) { extAsHuaweiIntentParam = v; return this; }
    public Builder huaWeiCategory(String v) { huaWeiCategory = v; return this; }
    public Builder oppoCategory(String v) { oppoCategory = v; return this; }
    public Builder vivoCategory(String v) { vivoCategory = v; return this; }
    public Builder honorImportance(String v) { honorImportance = v; return this; }
    public Builder meiZuNoticeMsgType(Integer v) { meiZuNoticeMsgType = v; return this; }
    public Builder oppoPrivateMsgTemplateId(String v) { oppoPrivateMsgTemplateId = v; return this; }

    public AndroidInfo build() {
      return new AndroidInfo(sound, huaWeiChannelId, xiaoMiChannelId, oppoChannelId, googleChannelId,
          vivoClassification, huaWeiImportance, extAsHuaweiIntentParam, huaWeiCategory, oppoCategory, vivoCategory,
          honorImportance, meiZuNoticeMsgType, oppoPrivateMsgTemplateId, null);
    }
  }
}

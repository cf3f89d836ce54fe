package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * An official account's profile as answered by get_official_account_info and
 * get_subscribed_official_account_list; fields a filter left out are null. In the first, an account that
 * could not be read carries its ErrorCode (130004: not found).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/60758">Obtaining Official Account Information</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficialAccountInfo(@JsonProperty("Official_Account") String officialAccount,
                                  @JsonProperty("Name") String name,
                                  @JsonProperty("Owner_Account") String ownerAccount,
                                  @JsonProperty("CreateTime") Long createTime,
                                  @JsonProperty("LastMsgTime") Long lastMsgTime,
                                  @JsonProperty("SubscriberNum") Integer subscriberNum,
                                  @JsonProperty("MaxSubscriberNum") Integer maxSubscriberNum,
                                  @JsonProperty("Introduction") String introduction,
                                  @JsonProperty("FaceUrl") String faceUrl,
                                  @JsonProperty("Organization") String organization,
                                  @JsonProperty("CustomString") String customString,
                                  @JsonProperty("SelfInfo") SelfInfo selfInfo,
                                  @JsonProperty("ErrorCode") Integer errorCode,
                                  @JsonProperty("ErrorInfo") String errorInfo,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public OfficialAccountInfo {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Whether the account was read (no ErrorCode, or 0). */
  public boolean ok() {
    return errorCode == null || errorCode == 0;
  }

  /**
   * The subscriber's own data about its subscription.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SelfInfo(@JsonProperty("SubscribeTime") Long subscribeTime,
                         @JsonProperty("CustomString") String customString,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public SelfInfo {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}

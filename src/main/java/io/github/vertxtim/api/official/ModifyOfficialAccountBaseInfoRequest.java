package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of modify_official_account_base_info: the official account and the profile fields to change (absent
 * fields keep their value), with the limits of creation.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/60757">Modifying Official Account Information</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyOfficialAccountBaseInfoRequest(@JsonProperty("Official_Account") String officialAccount,
                                                   @JsonProperty("Name") String name,
                                                   @JsonProperty("Introduction") String introduction,
                                                   @JsonProperty("FaceUrl") String faceUrl,
                                                   @JsonProperty("Organization") String organization,
                                                   @JsonProperty("CustomString") String customString,
                                                   @JsonProperty("MaxSubscriberNum") Integer maxSubscriberNum,
                                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ModifyOfficialAccountBaseInfoRequest {
    Objects.requireNonNull(officialAccount, "Official_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public ModifyOfficialAccountBaseInfoRequest(String officialAccount,
                                              String name,
                                              String introduction,
                                              String faceUrl,
                                              String organization,
                                              String customString,
                                              Integer maxSubscriberNum) {
    this(officialAccount, name, introduction, faceUrl, organization, customString, maxSubscriberNum, null);
  }

  /** Changes only the name. */
  public static ModifyOfficialAccountBaseInfoRequest name(String officialAccount, String name) {
    return new ModifyOfficialAccountBaseInfoRequest(officialAccount, name, null, null, null, null, null, null);
  }
}

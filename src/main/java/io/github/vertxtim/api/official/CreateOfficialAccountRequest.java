package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of create_official_account: the owner (an imported account), the name and optional profile fields.
 * A custom ID must start with {@code @TOA#_}; name ≤ 150 bytes, introduction ≤ 400, face URL and organization
 * ≤ 500, custom string ≤ 3000 (UTF-8).
 *
 * @see <a href="https://trtc.io/document/60755">Creating Official Accounts</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateOfficialAccountRequest(@JsonProperty("Owner_Account") String ownerAccount,
                                           @JsonProperty("OfficialAccountUserID") String officialAccountUserId,
                                           @JsonProperty("Name") String name,
                                           @JsonProperty("Introduction") String introduction,
                                           @JsonProperty("FaceUrl") String faceUrl,
                                           @JsonProperty("MaxSubscriberNum") Integer maxSubscriberNum,
                                           @JsonProperty("Organization") String organization,
                                           @JsonProperty("CustomString") String customString,
                                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public CreateOfficialAccountRequest {
    Objects.requireNonNull(ownerAccount, "Owner_Account");
    Objects.requireNonNull(name, "Name");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public CreateOfficialAccountRequest(String ownerAccount,
                                      String officialAccountUserId,
                                      String name,
                                      String introduction,
                                      String faceUrl,
                                      Integer maxSubscriberNum,
                                      String organization,
                                      String customString) {
    this(ownerAccount, officialAccountUserId, name, introduction, faceUrl, maxSubscriberNum, organization,
        customString, null);
  }

  /** An account owned by {@code ownerAccount} named {@code name}, with a generated ID. */
  public static CreateOfficialAccountRequest of(String ownerAccount, String name) {
    return new CreateOfficialAccountRequest(ownerAccount, null, name, null, null, null, null, null, null);
  }
}

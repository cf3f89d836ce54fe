package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of friend_get_list: {@code {"From_Account":"alice","To_Account":["bob"],"TagList":["Tag_SNS_IM_Remark",
 * "Tag_Profile_IM_Nick"]}}, the named friend and profile fields of up to 100 friends.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34910">Pulling Specified Friends</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetFriendListRequest(@JsonProperty("From_Account") String fromAccount,
                                   @JsonProperty("To_Account") List<String> toAccounts,
                                   @JsonProperty("TagList") List<String> tags,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetFriendListRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    toAccounts = List.copyOf(Objects.requireNonNull(toAccounts, "To_Account"));
    tags = List.copyOf(Objects.requireNonNull(tags, "TagList"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetFriendListRequest(String fromAccount, List<String> toAccounts, List<String> tags) {
    this(fromAccount, toAccounts, tags, null);
  }
}

package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * One page of get_group_ban_member: banned members and the offset of the next page (0 on the last).
 *
 * @see <a href="https://trtc.io/document/50295">Getting the List of Banned Group Members</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupBanMembersResult(@JsonProperty("BannedAccountList") List<BannedAccount> bannedAccounts,
                                       @JsonProperty("NextOffset") long nextOffset,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupBanMembersResult {
    bannedAccounts = bannedAccounts == null ? List.of() : List.copyOf(bannedAccounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public boolean last() {
    return nextOffset == 0;
  }

  /**
   * A banned member and when its ban ends (Unix seconds).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BannedAccount(@JsonProperty("Member_Account") String memberAccount,
                              @JsonProperty("BannedUntil") long bannedUntil,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public BannedAccount {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}

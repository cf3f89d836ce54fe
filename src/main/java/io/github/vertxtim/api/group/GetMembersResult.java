package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * One page of get_members: the online members and the cursor of the next page (0 on the last).
 *
 * @see <a href="https://trtc.io/document/50293">Getting the List of Online Members in Audio-Video Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetMembersResult(@JsonProperty("MemberList") List<Member> members,
                               @JsonProperty("NextTimestamp") long nextTimestamp,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetMembersResult {
    members = members == null ? List.of() : List.copyOf(members);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public boolean last() {
    return nextTimestamp == 0;
  }

  public List<String> memberAccounts() {
    return members.stream().map(Member::memberAccount).toList();
  }

  /**
   * An online member: UserID, when it joined (Unix seconds), nickname and avatar URL.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Member(@JsonProperty("Member_Account") String memberAccount,
                       @JsonProperty("JoinTime") Long joinTime,
                       @JsonProperty("NickName") String nickName,
                       @JsonProperty("Avatar") String avatar,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Member {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}

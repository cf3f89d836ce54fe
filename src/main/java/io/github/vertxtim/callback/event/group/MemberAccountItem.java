package io.github.vertxtim.callback.event.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * {@code {"Member_Account": …}}: one member, the item of every member list of the group callbacks
 * (MemberList, NewMemberList, ExitMemberList, DestinationMembers), which the pages document alike.
 *
 * @see <a href="https://trtc.io/document/34369">After a Group Is Created</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberAccountItem(@JsonProperty("Member_Account") String memberAccount,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public MemberAccountItem {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public MemberAccountItem(String memberAccount) {
    this(memberAccount, null);
  }
}

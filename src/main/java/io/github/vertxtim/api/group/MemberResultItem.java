package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * {@code {"Member_Account": …, "Result": n}}: one member's outcome in add_group_member and import_group_member: 0
 * failed, 1 added, 2 already a member, 3 waiting for the invitee's approval.
 *
 * @see <a href="https://trtc.io/document/34921">Adding Group Members</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberResultItem(@JsonProperty("Member_Account") String memberAccount,
                               @JsonProperty("Result") int result,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final int FAILED = 0;
  public static final int ADDED = 1;
  public static final int ALREADY_MEMBER = 2;
  public static final int WAITING = 3;

  public MemberResultItem {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public MemberResultItem(String memberAccount, int result) {
    this(memberAccount, result, null);
  }

  public boolean added() {
    return result == ADDED;
  }
}

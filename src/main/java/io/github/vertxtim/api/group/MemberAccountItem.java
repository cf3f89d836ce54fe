package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code {"Member_Account": …}}: one member to add, the item of add_group_member's MemberList.
 *
 * @see <a href="https://trtc.io/document/34921">Adding Group Members</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberAccountItem(@JsonProperty("Member_Account") String memberAccount,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public MemberAccountItem {
    Objects.requireNonNull(memberAccount, "Member_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public MemberAccountItem(String memberAccount) {
    this(memberAccount, null);
  }

  static List<MemberAccountItem> of(Collection<String> userIds) {
    return userIds.stream().map(MemberAccountItem::new).toList();
  }
}

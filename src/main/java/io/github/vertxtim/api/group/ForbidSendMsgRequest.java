package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of forbid_send_msg: mutes up to 500 members for MuteTime seconds from now (0 unmutes).
 *
 * @param muteTime seconds; 0 unmutes
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34951">Muting and Unmuting Group Members</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ForbidSendMsgRequest(@JsonProperty("GroupId") String groupId,
                                   @JsonProperty("Members_Account") List<String> membersAccount,
                                   @JsonProperty("MuteTime") Long muteTime,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ForbidSendMsgRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(membersAccount, "Members_Account");
    membersAccount = membersAccount == null ? null : List.copyOf(membersAccount);
    Objects.requireNonNull(muteTime, "MuteTime");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ForbidSendMsgRequest(String groupId, List<String> membersAccount, Long muteTime) {
    this(groupId, membersAccount, muteTime, null);
  }

  public static ForbidSendMsgRequest of(String groupId, List<String> userIds, long seconds) {
    return new ForbidSendMsgRequest(groupId, userIds, seconds);
  }
}

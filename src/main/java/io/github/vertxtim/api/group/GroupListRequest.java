package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of get_appid_group_list.
 *
 * @param limit     page size, at most 10000 (null: the service's default)
 * @param next      the cursor from the previous page, 0 or null for the first
 * @param groupType only groups of this type (Private, Public, ChatRoom, AVChatRoom, Community), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupListRequest(@JsonProperty("Limit") Integer limit,
                               @JsonProperty("Next") Long next,
                               @JsonProperty("GroupType") String groupType) {

  public static GroupListRequest firstPage(int limit) {
    return new GroupListRequest(limit, 0L, null);
  }
}

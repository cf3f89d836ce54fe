package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * Body of get_appid_group_list.
 *
 * @param limit     page size, at most 10000 (null: the service's default)
 * @param next      the cursor from the previous page, 0 or null for the first
 * @param groupType only groups of this type (Private, Public, ChatRoom, AVChatRoom, Community), or null
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34960">Getting All Groups in an App</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetAppIdGroupListRequest(@JsonProperty("Limit") Integer limit,
                                       @JsonProperty("Next") Long next,
                                       @JsonProperty("GroupType") String groupType,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetAppIdGroupListRequest {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetAppIdGroupListRequest(Integer limit, Long next, String groupType) {
    this(limit, next, groupType, null);
  }

  public static GetAppIdGroupListRequest firstPage(int limit) {
    return new GetAppIdGroupListRequest(limit, 0L, null, null);
  }
}

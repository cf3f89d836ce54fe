package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of get_admin_list: the AVChatRoom whose admins are listed.
 *
 * @see <a href="https://trtc.io/document/60524">Obtaining the List of Live Streaming Group Administrators</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetAdminListRequest(@JsonProperty("GroupId") String groupId,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetAdminListRequest {
    Objects.requireNonNull(groupId, "GroupId");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetAdminListRequest(String groupId) {
    this(groupId, null);
  }
}

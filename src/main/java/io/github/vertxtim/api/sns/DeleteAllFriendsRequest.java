package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of friend_delete_all: {@code {"From_Account":"alice","DeleteType":"Delete_Type_Both"}}.
 *
 * @param deleteType {@link DeleteFriendsRequest#SINGLE} (the default) or {@link DeleteFriendsRequest#BOTH}
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34906">Deleting All Friends</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteAllFriendsRequest(@JsonProperty("From_Account") String fromAccount,
                                      @JsonProperty("DeleteType") String deleteType,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteAllFriendsRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public DeleteAllFriendsRequest(String fromAccount, String deleteType) {
    this(fromAccount, deleteType, null);
  }
}

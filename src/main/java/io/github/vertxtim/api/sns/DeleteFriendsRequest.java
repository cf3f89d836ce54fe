package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of friend_delete: {@code {"From_Account":"alice","To_Account":["bob"],"DeleteType":"Delete_Type_Both"}};
 * at most 1000 accounts.
 *
 * @param deleteType {@value #SINGLE} (the default: only from {@code From_Account}'s list) or {@value #BOTH}
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34905">Deleting Friends</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteFriendsRequest(@JsonProperty("From_Account") String fromAccount,
                                   @JsonProperty("To_Account") List<String> toAccounts,
                                   @JsonProperty("DeleteType") String deleteType,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final String SINGLE = "Delete_Type_Single";
  public static final String BOTH = "Delete_Type_Both";

  public DeleteFriendsRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    toAccounts = List.copyOf(Objects.requireNonNull(toAccounts, "To_Account"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public DeleteFriendsRequest(String fromAccount, List<String> toAccounts, String deleteType) {
    this(fromAccount, toAccounts, deleteType, null);
  }
}

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
 * Body of friend_update: {@code {"From_Account":"alice","UpdateItem":[{"To_Account":"bob","SnsItem":[{"Tag":
 * "Tag_SNS_IM_Remark","Value":"Bobby"}]}]}}: remarks, friend lists and custom fields of existing friends.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34904">Updating Friends</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateFriendsRequest(@JsonProperty("From_Account") String fromAccount,
                                   @JsonProperty("UpdateItem") List<Item> items,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public UpdateFriendsRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    items = List.copyOf(Objects.requireNonNull(items, "UpdateItem"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public UpdateFriendsRequest(String fromAccount, List<Item> items) {
    this(fromAccount, items, null);
  }

  /** The fields to write on one friend. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("To_Account") String toAccount,
                     @JsonProperty("SnsItem") List<SnsItem> fields,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Item {
      Objects.requireNonNull(toAccount, "To_Account");
      fields = List.copyOf(Objects.requireNonNull(fields, "SnsItem"));
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Item(String toAccount, List<SnsItem> fields) {
      this(toAccount, fields, null);
    }
  }
}

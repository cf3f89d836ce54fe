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
 * Body of friend_import: friends added to {@code From_Account}'s list only, with their remarks, friend lists and
 * custom {@code Tag_SNS_Custom_*} fields; at most 1000 items.
 *
 * @see <a href="https://trtc.io/document/34903">Importing Friends</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportFriendsRequest(@JsonProperty("From_Account") String fromAccount,
                                   @JsonProperty("AddFriendItem") List<Item> items,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ImportFriendsRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    items = List.copyOf(Objects.requireNonNull(items, "AddFriendItem"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ImportFriendsRequest(String fromAccount, List<Item> items) {
    this(fromAccount, items, null);
  }

  /**
   * One friend to import; {@code addSource} is required.
   *
   * @param remarkTime when the remark was set, Unix seconds
   * @param addTime    when the friend was added, Unix seconds (now when absent)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("To_Account") String toAccount,
                     @JsonProperty("Remark") String remark,
                     @JsonProperty("RemarkTime") Long remarkTime,
                     @JsonProperty("GroupName") List<String> groupNames,
                     @JsonProperty("AddSource") String addSource,
                     @JsonProperty("AddWording") String addWording,
                     @JsonProperty("AddTime") Long addTime,
                     @JsonProperty("CustomItem") List<SnsItem> customItems,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Item {
      Objects.requireNonNull(toAccount, "To_Account");
      Objects.requireNonNull(addSource, "AddSource");
      groupNames = groupNames == null ? null : List.copyOf(groupNames);
      customItems = customItems == null ? null : List.copyOf(customItems);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Item(String toAccount, String addSource) {
      this(toAccount, null, null, null, addSource, null, null, null, null);
    }
  }
}

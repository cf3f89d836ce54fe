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
 * Body of friend_add: {@code {"From_Account":"alice","AddFriendItem":[{"To_Account":"bob","AddSource":
 * "AddSource_Type_Android"}],"AddType":"Add_Type_Both","ForceAddFlags":1}}.
 *
 * @param addType       {@value #BOTH} (the default) or {@value #SINGLE}
 * @param forceAddFlags 1 adds regardless of the peer's friend-request setting, 0 (the default) honours it
 * @see <a href="https://trtc.io/document/34902">Adding Friends</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddFriendsRequest(@JsonProperty("From_Account") String fromAccount,
                                @JsonProperty("AddFriendItem") List<Item> items,
                                @JsonProperty("AddType") String addType,
                                @JsonProperty("ForceAddFlags") Integer forceAddFlags,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final String BOTH = "Add_Type_Both";
  public static final String SINGLE = "Add_Type_Single";

  public AddFriendsRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    items = List.copyOf(Objects.requireNonNull(items, "AddFriendItem"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public AddFriendsRequest(String fromAccount, List<Item> items, String addType, Integer forceAddFlags) {
    this(fromAccount, items, addType, forceAddFlags, null);
  }

  /**
   * One friend to add; {@code addSource} ({@code AddSource_Type_} and up to 8 letters) is required.
   *
   * @param groupName the friend list to put the friend in
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("To_Account") String toAccount,
                     @JsonProperty("Remark") String remark,
                     @JsonProperty("GroupName") String groupName,
                     @JsonProperty("AddSource") String addSource,
                     @JsonProperty("AddWording") String addWording,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Item {
      Objects.requireNonNull(toAccount, "To_Account");
      Objects.requireNonNull(addSource, "AddSource");
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Item(String toAccount, String addSource) {
      this(toAccount, null, null, addSource, null, null);
    }
  }
}

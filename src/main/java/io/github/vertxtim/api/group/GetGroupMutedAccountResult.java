package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of get_group_muted_account: the members whose mute is running.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34964">Getting the List of Muted Group Members</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupMutedAccountResult(@JsonProperty("ShuttedUinList") List<Item> shuttedUinList,
                                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupMutedAccountResult {
    shuttedUinList = shuttedUinList == null ? List.of() : List.copyOf(shuttedUinList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupMutedAccountResult(List<Item> shuttedUinList) {
    this(shuttedUinList, null);
  }

  /**
   * One muted member and the second the mute ends.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("Member_Account") String memberAccount,
                     @JsonProperty("ShuttedUntil") long shuttedUntil,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Item {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Item(String memberAccount, long shuttedUntil) {
      this(memberAccount, shuttedUntil, null);
    }
  }
}

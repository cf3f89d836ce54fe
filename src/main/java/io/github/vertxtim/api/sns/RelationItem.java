package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * {@code {"To_Account":"bob","Relation":"CheckResult_Type_BothWay","ResultCode":0,"ResultInfo":""}}: the item of
 * friend_check's {@code InfoItem} and black_list_check's {@code BlackListCheckItem}, which the two pages document
 * alike; the Relation values are the constants of {@link CheckFriendsResult} and {@link CheckBlocklistResult}.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34907">Verifying Friends</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelationItem(@JsonProperty("To_Account") String toAccount,
                           @JsonProperty("Relation") String relation,
                           @JsonProperty("ResultCode") int resultCode,
                           @JsonProperty("ResultInfo") String resultInfo,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public RelationItem {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public boolean ok() {
    return resultCode == 0;
  }
}

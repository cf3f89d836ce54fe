package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * One friend field, {@code {"Tag":"Tag_SNS_IM_Remark","Value":"Bob"}}: the item of friend_import's
 * {@code CustomItem}, friend_update's {@code SnsItem}, friend_get's {@code ValueItem} and friend_get_list's
 * {@code SnsProfileItem} (which also carries profile tags). The value is a string, a number
 * ({@code Tag_SNS_IM_AddTime}) or a list of strings ({@code Tag_SNS_IM_Group}).
 *
 * @see <a href="https://tencentcloud.com/document/product/1047/33521">Relationship Chain Management</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnsItem(@JsonProperty("Tag") String tag,
                      @JsonProperty("Value") Object value,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public static final String GROUP = "Tag_SNS_IM_Group";
  public static final String REMARK = "Tag_SNS_IM_Remark";
  public static final String ADD_SOURCE = "Tag_SNS_IM_AddSource";
  public static final String ADD_WORDING = "Tag_SNS_IM_AddWording";
  public static final String ADD_TIME = "Tag_SNS_IM_AddTime";
  /** The prefix of an app's custom friend fields, {@code Tag_SNS_Custom_Since}. */
  public static final String CUSTOM_PREFIX = "Tag_SNS_Custom_";

  public SnsItem {
    Objects.requireNonNull(tag, "Tag");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SnsItem(String tag, Object value) {
    this(tag, value, null);
  }
}

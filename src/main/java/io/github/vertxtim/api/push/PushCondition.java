package io.github.vertxtim.api.push;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Who an all-user push reaches: users with all of {@code TagsAnd} / any of {@code TagsOr} (at most 10 tags each, a
 * tag at most 50 bytes), or users whose attributes match all of {@code AttrsAnd} / any of {@code AttrsOr}. Tags and
 * attributes are mutually exclusive (90039); no condition at all pushes to every user.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/37166">Pushing to All Users</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PushCondition(@JsonProperty("TagsAnd") List<String> tagsAnd,
                            @JsonProperty("TagsOr") List<String> tagsOr,
                            @JsonProperty("AttrsAnd") Map<String, String> attrsAnd,
                            @JsonProperty("AttrsOr") Map<String, String> attrsOr,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  /** Tags (and attributes) per condition list, a documented limit (90032). */
  public static final int MAX_TAGS = 10;

  public PushCondition {
    tagsAnd = tagsAnd == null ? null : List.copyOf(tagsAnd);
    tagsOr = tagsOr == null ? null : List.copyOf(tagsOr);
    attrsAnd = attrsAnd == null ? null : Map.copyOf(attrsAnd);
    attrsOr = attrsOr == null ? null : Map.copyOf(attrsOr);
    if (tagsAnd != null && tagsAnd.size() > MAX_TAGS || tagsOr != null && tagsOr.size() > MAX_TAGS) {
      throw new IllegalArgumentException("TagsAnd and TagsOr hold at most " + MAX_TAGS + " tags each");
    }
    if ((tagsAnd != null || tagsOr != null) && (attrsAnd != null || attrsOr != null)) {
      throw new IllegalArgumentException("tag and attribute conditions cannot be combined");
    }
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Users carrying every one of {@code tags}. */
  public static PushCondition allTags(List<String> tags) {
    return new PushCondition(tags, null, null, null, null);
  }

  /** Users carrying at least one of {@code tags}. */
  public static PushCondition anyTag(List<String> tags) {
    return new PushCondition(null, tags, null, null, null);
  }

  /** Users whose attributes have every one of these values. */
  public static PushCondition allAttrs(Map<String, String> attrs) {
    return new PushCondition(null, null, attrs, null, null);
  }

  /** Users whose attributes have at least one of these values. */
  public static PushCondition anyAttr(Map<String, String> attrs) {
    return new PushCondition(null, null, null, attrs, null);
  }
}

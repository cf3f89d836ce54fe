package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One official account named in a list: {@code {"Official_Account": "@TOA#_…"}}.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/60758">Obtaining Official Account Information</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficialAccountItem(@JsonProperty("Official_Account") String officialAccount,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public OfficialAccountItem {
    Objects.requireNonNull(officialAccount, "Official_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public OfficialAccountItem(String officialAccount) {
    this(officialAccount, null);
  }

  /** The items naming {@code ids}, in order. */
  public static List<OfficialAccountItem> of(java.util.Collection<String> ids) {
    return ids.stream().map(OfficialAccountItem::new).toList();
  }
}

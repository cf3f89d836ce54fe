package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Which fields an answer carries: the official account's base fields ({@code CreateTime}, {@code Name},
 * {@code Owner_Account}, {@code LastMsgTime}, {@code SubscriberNum}, {@code Introduction}, {@code FaceUrl},
 * {@code Organization}, {@code CustomString}) and, in a subscriber's list, the subscriber's own
 * ({@code SubscribeTime}, {@code CustomString}). Absent: every field.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/60758">Obtaining Official Account Information</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficialAccountResponseFilter(
    @JsonProperty("OfficialAccountBaseInfoFilter") List<String> officialAccountBaseInfoFilter,
    @JsonProperty("SelfInfoFilter") List<String> selfInfoFilter,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public OfficialAccountResponseFilter {
    officialAccountBaseInfoFilter = officialAccountBaseInfoFilter == null ? null
        : List.copyOf(officialAccountBaseInfoFilter);
    selfInfoFilter = selfInfoFilter == null ? null : List.copyOf(selfInfoFilter);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public OfficialAccountResponseFilter(List<String> officialAccountBaseInfoFilter, List<String> selfInfoFilter) {
    this(officialAccountBaseInfoFilter, selfInfoFilter, null);
  }
}

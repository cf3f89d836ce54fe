package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of recentcontact/mark_contact: the outcome for each conversation.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53438">Creating or Updating Conversation Mark Data</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MarkContactsResult(@JsonProperty("ResultItem") List<ContactResult> results,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public MarkContactsResult {
    results = results == null ? List.of() : List.copyOf(results);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public MarkContactsResult(List<ContactResult> results) {
    this(results, null);
  }
}

package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * The group and mark data of one conversation (search_contact_group, get_contact_group).
 *
 * @param standardMark the standard mark bits as a bit string, lowest bit last ("0" when none)
 * @param customMark the custom mark, at most 256 bytes
 * @param contactGroupIds the IDs of the conversation groups holding it
 * @param timestamp when its data last changed, in seconds
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53442">Searching for Conversation Group Marks</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactData(@JsonProperty("Type") int type,
                          @JsonProperty("To_Account") String toAccount,
                          @JsonProperty("ToGroupId") String toGroupId,
                          @JsonProperty("StandardMark") String standardMark,
                          @JsonProperty("CustomMark") String customMark,
                          @JsonProperty("ContactGroupId") List<Integer> contactGroupIds,
                          @JsonProperty("Timestamp") Long timestamp,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ContactData {
    contactGroupIds = contactGroupIds == null ? List.of() : List.copyOf(contactGroupIds);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ContactData(int type, String toAccount, String toGroupId, String standardMark, String customMark, List<Integer> contactGroupIds, Long timestamp) {
    this(type, toAccount, toGroupId, standardMark, customMark, contactGroupIds, timestamp, null);
  }

  /** Whether standard mark bit {@code bit} (0 = lowest) is set. */
  public boolean hasMark(int bit) {
    if (standardMark == null || bit < 0 || bit >= standardMark.length()) {
      return false;
    }
    return standardMark.charAt(standardMark.length() - 1 - bit) == '1';
  }
}

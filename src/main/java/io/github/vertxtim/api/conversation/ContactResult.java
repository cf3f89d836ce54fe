package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * The outcome for one conversation of a conversation-group or mark request; ResultCode 0 is success.
 *
 * @param contactOptType 1 added to the group, 2 removed (group updates)
 * @param optType the mark operation (mark_contact)
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53439">Updating Conversation Group Data</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactResult(@JsonProperty("ContactOptType") Integer contactOptType,
                            @JsonProperty("OptType") Integer optType,
                            @JsonProperty("ContactItem") ContactItem contactItem,
                            @JsonProperty("ResultCode") int resultCode,
                            @JsonProperty("ResultInfo") String resultInfo,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ContactResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ContactResult(Integer contactOptType, Integer optType, ContactItem contactItem, int resultCode, String resultInfo) {
    this(contactOptType, optType, contactItem, resultCode, resultInfo, null);
  }

  public boolean ok() {
    return resultCode == 0;
  }
}

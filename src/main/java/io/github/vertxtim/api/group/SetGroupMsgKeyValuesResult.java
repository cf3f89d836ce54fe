package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * What group_set_key_values answers: per key its ErrorCode and the extension as stored (with its new Seq).
 *
 * @see <a href="https://trtc.io/document/52170">Configuring Message Extension for a Group Message</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetGroupMsgKeyValuesResult(@JsonProperty("ExtensionList") List<Item> extensionList,
                                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SetGroupMsgKeyValuesResult {
    extensionList = extensionList == null ? List.of() : List.copyOf(extensionList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SetGroupMsgKeyValuesResult(List<Item> extensionList) {
    this(extensionList, null);
  }

  /**
   * {"ErrorCode", "Extension"} of one key.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("ErrorCode") int errorCode,
                     @JsonProperty("Extension") MsgExtension extension,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Item {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Item(int errorCode, MsgExtension extension) {
      this(errorCode, extension, null);
    }
  }
}

package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * Answer of send_official_account_msg: the message's time and its MsgKey (what recall takes).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/60810">Sending Messages in a Official Account</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendOfficialAccountMsgResult(@JsonProperty("MsgTime") Long msgTime,
                                           @JsonProperty("MsgKey") String msgKey,
                                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SendOfficialAccountMsgResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}

package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * A conversation named by its type and peer: {@code {"Type":1,"To_Account":"bob"}} or
 * {@code {"Type":2,"ToGroupId":"@TGS#1"}}; the object of every conversation-group and mark request.
 *
 * @param type {@value #C2C} one-to-one, {@value #GROUP} group
 * @param toAccount the peer of a one-to-one conversation
 * @param toGroupId the group of a group conversation
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53437">Creating Conversation Group Data</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactItem(@JsonProperty("Type") int type,
                          @JsonProperty("To_Account") String toAccount,
                          @JsonProperty("ToGroupId") String toGroupId,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final int C2C = 1;
  public static final int GROUP = 2;

  public ContactItem {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ContactItem(int type, String toAccount, String toGroupId) {
    this(type, toAccount, toGroupId, null);
  }

  /** The one-to-one conversation with {@code userId}. */
  public static ContactItem c2c(String userId) {
    return new ContactItem(C2C, Objects.requireNonNull(userId, "To_Account"), null, null);
  }

  /** The conversation of group {@code groupId}. */
  public static ContactItem group(String groupId) {
    return new ContactItem(GROUP, null, Objects.requireNonNull(groupId, "ToGroupId"), null);
  }
}

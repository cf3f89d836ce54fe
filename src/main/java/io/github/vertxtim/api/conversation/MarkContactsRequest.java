package io.github.vertxtim.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of recentcontact/mark_contact: sets or clears standard mark bits and custom marks of up to 100
 * conversations.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53438">Creating or Updating Conversation Mark Data</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MarkContactsRequest(@JsonProperty("From_Account") String fromAccount,
                                  @JsonProperty("MarkItem") List<Mark> marks,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  /** OptType: standard marks. */
  public static final int STANDARD = 1;
  /** OptType: the custom mark. */
  public static final int CUSTOM = 2;
  /** OptType: both. */
  public static final int BOTH = 3;

  public MarkContactsRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    marks = List.copyOf(Objects.requireNonNull(marks, "MarkItem"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public MarkContactsRequest(String fromAccount, List<Mark> marks) {
    this(fromAccount, marks, null);
  }

  /**
   * The marks of one conversation.
   *
   * @param optType {@value MarkContactsRequest#STANDARD}, {@value MarkContactsRequest#CUSTOM} or {@value MarkContactsRequest#BOTH}
   * @param clearMark standard mark bits to clear (0 = lowest)
   * @param setMark standard mark bits to set
   * @param customMark the custom mark, at most 256 bytes
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Mark(@JsonProperty("OptType") int optType,
                     @JsonProperty("ContactItem") ContactItem contactItem,
                     @JsonProperty("ClearMark") List<Integer> clearMark,
                     @JsonProperty("SetMark") List<Integer> setMark,
                     @JsonProperty("CustomMark") String customMark,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Mark {
      Objects.requireNonNull(contactItem, "ContactItem");
      clearMark = clearMark == null ? null : List.copyOf(clearMark);
      setMark = setMark == null ? null : List.copyOf(setMark);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Mark(int optType, ContactItem contactItem, List<Integer> clearMark, List<Integer> setMark, String customMark) {
      this(optType, contactItem, clearMark, setMark, customMark, null);
    }
  }
}

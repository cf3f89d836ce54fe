package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An AVChatRoom member and its marks ({@code {"Member_Account":…,"Marks":[1000]}}), the item of
 * modify_user_info's request and answer.
 *
 * @see <a href="https://trtc.io/document/50294">Setting Audio-Video Group Member Marks</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberMarks(@JsonProperty("Member_Account") String memberAccount,
                          @JsonProperty("Marks") List<Long> marks,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public MemberMarks {
    Objects.requireNonNull(memberAccount, "Member_Account");
    marks = marks == null ? null : List.copyOf(marks);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public MemberMarks(String memberAccount, List<Long> marks) {
    this(memberAccount, marks, null);
  }
}

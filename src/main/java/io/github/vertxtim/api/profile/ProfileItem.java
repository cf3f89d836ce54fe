package io.github.vertxtim.api.profile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * One profile field, {@code {"Tag":"Tag_Profile_IM_Nick","Value":"Alice"}}: the item of portrait_set's and
 * portrait_get's {@code ProfileItem}. The value is a string for string fields and custom fields, a number for the
 * integer fields (BirthDay, Language, Level, Role, MsgSettings): {@link #value()} keeps what the service sent.
 *
 * @see <a href="https://trtc.io/document/33520">Profile Management</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfileItem(@JsonProperty("Tag") String tag,
                          @JsonProperty("Value") Object value,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public static final String NICK = "Tag_Profile_IM_Nick";
  public static final String GENDER = "Tag_Profile_IM_Gender";
  public static final String BIRTHDAY = "Tag_Profile_IM_BirthDay";
  public static final String LOCATION = "Tag_Profile_IM_Location";
  public static final String SELF_SIGNATURE = "Tag_Profile_IM_SelfSignature";
  public static final String ALLOW_TYPE = "Tag_Profile_IM_AllowType";
  public static final String LANGUAGE = "Tag_Profile_IM_Language";
  public static final String IMAGE = "Tag_Profile_IM_Image";
  public static final String MSG_SETTINGS = "Tag_Profile_IM_MsgSettings";
  public static final String ADMIN_FORBID_TYPE = "Tag_Profile_IM_AdminForbidType";
  public static final String LEVEL = "Tag_Profile_IM_Level";
  public static final String ROLE = "Tag_Profile_IM_Role";
  /** The prefix of an app's custom fields, {@code Tag_Profile_Custom_Hobby}. */
  public static final String CUSTOM_PREFIX = "Tag_Profile_Custom_";

  public static final String GENDER_UNKNOWN = "Gender_Type_Unknown";
  public static final String GENDER_FEMALE = "Gender_Type_Female";
  public static final String GENDER_MALE = "Gender_Type_Male";
  public static final String ALLOW_NEED_CONFIRM = "AllowType_Type_NeedConfirm";
  public static final String ALLOW_ANY = "AllowType_Type_AllowAny";
  public static final String DENY_ANY = "AllowType_Type_DenyAny";
  public static final String ADMIN_FORBID_NONE = "AdminForbid_Type_None";
  public static final String ADMIN_FORBID_SEND_OUT = "AdminForbid_Type_SendOut";

  public ProfileItem {
    Objects.requireNonNull(tag, "Tag");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ProfileItem(String tag, Object value) {
    this(tag, value, null);
  }

  /** The value as text (a number's decimal form), or null when absent. */
  public String text() {
    return value == null ? null : value instanceof Number n ? String.valueOf(n.longValue()) : value.toString();
  }
}

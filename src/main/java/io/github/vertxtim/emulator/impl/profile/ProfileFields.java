package io.github.vertxtim.emulator.impl.profile;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * The profile fields the service knows and what each accepts, from the profile field table
 * (https://trtc.io/document/33520): string fields of at most 500 bytes (Location at most 16), enumerated string
 * fields, and uint32 fields; custom {@code Tag_Profile_Custom_*} fields are strings of at most 500 bytes, any name
 * unless the app declared its custom fields (as in the console).
 */
final class ProfileFields {

  static final String STANDARD_PREFIX = "Tag_Profile_IM_";
  static final String CUSTOM_PREFIX = "Tag_Profile_Custom_";
  static final int MAX_VALUE_BYTES = 500;
  private static final int MAX_LOCATION_BYTES = 16;
  private static final long MAX_UINT32 = 4_294_967_295L;

  private static final int INVALID_VALUE = TimErrorCode.PROFILE_INVALID_STANDARD_VALUE.code();  // 40605
  private static final int BAD_TYPE = TimErrorCode.PROFILE_ILLEGAL_VALUE_TYPE.code();           // 40610
  private static final int TOO_LONG = TimErrorCode.PROFILE_VALUE_TOO_LONG.code();               // 40601
  private static final int NO_TAG = TimErrorCode.PROFILE_TAG_NOT_FOUND.code();                  // 40009

  private enum Kind { STRING, ENUM, UINT32 }

  private record Field(Kind kind, Set<String> values, int maxBytes) {
  }

  private static final Field TEXT = new Field(Kind.STRING, Set.of(), MAX_VALUE_BYTES);
  private static final Field UINT32 = new Field(Kind.UINT32, Set.of(), 0);

  private static final Map<String, Field> STANDARD = Map.ofEntries(
      Map.entry("Tag_Profile_IM_Nick", TEXT),
      Map.entry("Tag_Profile_IM_Gender", new Field(Kind.ENUM,
          Set.of("Gender_Type_Unknown", "Gender_Type_Female", "Gender_Type_Male"), MAX_VALUE_BYTES)),
      Map.entry("Tag_Profile_IM_BirthDay", UINT32),
      Map.entry("Tag_Profile_IM_Location", new Field(Kind.STRING, Set.of(), MAX_LOCATION_BYTES)),
      Map.entry("Tag_Profile_IM_SelfSignature", TEXT),
      Map.entry("Tag_Profile_IM_AllowType", new Field(Kind.ENUM,
          Set.of("AllowType_Type_NeedConfirm", "AllowType_Type_AllowAny", "AllowType_Type_DenyAny"), MAX_VALUE_BYTES)),
      Map.entry("Tag_Profile_IM_Language", UINT32),
      Map.entry("Tag_Profile_IM_Image", TEXT),
      Map.entry("Tag_Profile_IM_MsgSettings", UINT32),
      Map.entry("Tag_Profile_IM_AdminForbidType", new Field(Kind.ENUM,
          Set.of("AdminForbid_Type_None", "AdminForbid_Type_SendOut"), MAX_VALUE_BYTES)),
      Map.entry("Tag_Profile_IM_Level", UINT32),
      Map.entry("Tag_Profile_IM_Role", UINT32));

  private final Set<String> declaredCustom;

  /** {@code declaredCustom}: the app's custom fields as full tags; empty accepts any custom field. */
  ProfileFields(Set<String> declaredCustom) {
    this.declaredCustom = Set.copyOf(declaredCustom);
  }

  /** Fails with 40009 unless {@code tag} is a standard field or an accepted custom field. */
  void checkTag(Object tag) {
    if (!(tag instanceof String t) || !(STANDARD.containsKey(t) || acceptedCustom(t))) {
      throw new EmulatorError(NO_TAG, "profile tag does not exist: " + tag
          + (tag instanceof String t && t.startsWith(CUSTOM_PREFIX) ? " (not a declared custom field)" : ""));
    }
  }

  private boolean acceptedCustom(String tag) {
    return tag.startsWith(CUSTOM_PREFIX) && tag.length() > CUSTOM_PREFIX.length()
        && (declaredCustom.isEmpty() || declaredCustom.contains(tag));
  }

  /**
   * The value to store for {@code tag} (a String, or a Long for uint32 fields), else the documented code: 40610
   * for the wrong JSON type, 40601 for a string over 500 bytes, 40605 for a value outside the field's range. A
   * uint32 field also takes its decimal string, which the official Java SDK sends (its Value is a String).
   */
  Object value(String tag, Object value) {
    Field f = STANDARD.getOrDefault(tag, TEXT);
    if (f.kind() == Kind.UINT32) {
      Long n = uint32(value);
      if (n == null) {
        throw new EmulatorError(value instanceof Number || value instanceof String ? INVALID_VALUE : BAD_TYPE,
            tag + " must be an integer from 0 to " + MAX_UINT32);
      }
      return n;
    }
    if (!(value instanceof String s)) {
      throw new EmulatorError(BAD_TYPE, tag + " must be a string");
    }
    int bytes = s.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_VALUE_BYTES) {
      throw new EmulatorError(TOO_LONG, tag + " is " + bytes + " bytes, at most " + MAX_VALUE_BYTES);
    }
    if (f.kind() == Kind.ENUM && !f.values().contains(s)) {
      throw new EmulatorError(INVALID_VALUE, tag + " must be one of " + f.values() + ", got " + s);
    }
    if (bytes > f.maxBytes()) {
      throw new EmulatorError(INVALID_VALUE, tag + " is " + bytes + " bytes, at most " + f.maxBytes());
    }
    return s;
  }

  private static Long uint32(Object value) {
    long n;
    if (value instanceof Number num) {
      double d = num.doubleValue();
      if (d != Math.rint(d)) {
        return null;
      }
      n = num.longValue();
    } else if (value instanceof String s && !s.isEmpty() && s.length() <= 10 && s.chars().allMatch(Character::isDigit)) {
      n = Long.parseLong(s);
    } else {
      return null;
    }
    return n >= 0 && n <= MAX_UINT32 ? n : null;
  }
}

package io.github.vertxtim.callback.event.moderation;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.List;
import java.util.Map;

/**
 * The result of the cloud content moderation of a message or profile (by default only violations). Its body,
 * unlike every other callback's, carries no CallbackCommand.
 * <p>
 * {@code Scene}: what was checked: {@link #C2C}, {@link #C2C_CUSTOM}, {@link #GROUP}, {@link #GROUP_CUSTOM},
 * {@link #GROUP_INFO}, {@link #GROUP_MEMBER_INFO}, {@link #RELATION_CHAIN} or {@link #USER_INFO};
 * {@code ContactItem}: the recipient when a message was checked; {@code ContentType}: {@link #TEXT},
 * {@link #IMAGE}, {@link #AUDIO} or {@link #VIDEO}; {@code TextContent}: the checked text when ContentType is
 * Text; {@code FileURL}: the checked file when ContentType is Image, Audio or Video; {@code MsgID}: the C2C
 * message's MsgKey, or the group message's MsgSeq; {@code CtxcbResult}: {@link #BLOCKED} or {@link #PASSED};
 * {@code CtxcbRequestId}: the moderation request, unique per check.
 *
 * @see <a href="https://trtc.io/document/78240">Content Moderation Result Callback</a>
 */
@TimCallback("ContentCallback.ResultNotify")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContentResultNotifyEvent(@JsonProperty("Scene") String scene,
                                       @JsonProperty("SdkAppId") Long sdkAppId,
                                       @JsonProperty("From_Account") String fromAccount,
                                       @JsonProperty("ContactItem") Contact contactItem,
                                       @JsonProperty("ContentType") String contentType,
                                       @JsonProperty("TextContent") List<String> textContent,
                                       @JsonProperty("FileURL") String fileUrl,
                                       @JsonProperty("MsgID") String msgId,
                                       @JsonProperty("CtxcbResult") Integer ctxcbResult,
                                       @JsonProperty("CtxcbRequestId") String ctxcbRequestId,
                                       @JsonProperty("CtxcbKeywords") List<String> ctxcbKeywords,
                                       @JsonProperty("CtxcbSuggestion") String ctxcbSuggestion,
                                       @JsonProperty("CtxcbLabel") String ctxcbLabel,
                                       @JsonProperty("CtxcbSubLabel") String ctxcbSubLabel,
                                       @JsonProperty("CtxcbLibName") String ctxcbLibName,
                                       @JsonProperty("CloudCustomData") String cloudCustomData,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public static final String C2C = "C2C";
  public static final String C2C_CUSTOM = "C2CCustom";
  public static final String GROUP = "Group";
  public static final String GROUP_CUSTOM = "GroupCustom";
  public static final String GROUP_INFO = "GroupInfo";
  public static final String GROUP_MEMBER_INFO = "GroupMemberInfo";
  public static final String RELATION_CHAIN = "RelationChain";
  public static final String USER_INFO = "UserInfo";
  public static final String TEXT = "Text";
  public static final String IMAGE = "Image";
  public static final String AUDIO = "Audio";
  public static final String VIDEO = "Video";
  /** CtxcbResult: intercepted. */
  public static final int BLOCKED = 1;
  /** CtxcbResult: allowed. */
  public static final int PASSED = 0;

  public ContentResultNotifyEvent {
    textContent = textContent == null ? List.of() : List.copyOf(textContent);
    ctxcbKeywords = ctxcbKeywords == null ? List.of() : List.copyOf(ctxcbKeywords);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Its body carries no CallbackCommand: always null. */
  @Override
  @JsonIgnore
  public String callbackCommand() {
    return null;
  }

  public ContentResultNotifyEvent(String scene, Long sdkAppId, String fromAccount, Contact contactItem,
      String contentType, List<String> textContent, String fileUrl, String msgId, Integer ctxcbResult,
      String ctxcbRequestId, List<String> ctxcbKeywords, String ctxcbSuggestion, String ctxcbLabel,
      String ctxcbSubLabel, String ctxcbLibName, String cloudCustomData) {
    this(scene, sdkAppId, fromAccount, contactItem, contentType, textContent, fileUrl, msgId, ctxcbResult,
        ctxcbRequestId, ctxcbKeywords, ctxcbSuggestion, ctxcbLabel, ctxcbSubLabel, ctxcbLibName, cloudCustomData,
        null);
  }

  /**
   * The recipient of a checked message: ContactType {@link #ONE_TO_ONE} with To_Account, or
   * {@link #GROUP_CHAT} with ToGroupId (also read as GroupId).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Contact(@JsonProperty("ContactType") Integer contactType,
                        @JsonProperty("To_Account") String toAccount,
                        @JsonProperty("ToGroupId") @JsonAlias({"GroupId"}) String toGroupId,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    /** ContactType: a one-to-one message. */
    public static final int ONE_TO_ONE = 1;
    /** ContactType: a group message. */
    public static final int GROUP_CHAT = 2;

    public Contact {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Contact(Integer contactType, String toAccount, String toGroupId) {
      this(contactType, toAccount, toGroupId, null);
    }
  }
}

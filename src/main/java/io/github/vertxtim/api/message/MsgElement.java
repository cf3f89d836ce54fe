package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JavaType;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.internal.JsonCodec;
import io.vertx.core.json.JsonObject;

import java.util.Map;
import java.util.Objects;

/**
 * One element of a message body, {@code {"MsgType": "TIMTextElem", "MsgContent": {...}}}. The MsgType is the
 * content's own, so the two cannot disagree; an unknown MsgType decodes to {@link UnknownContent} and encodes back
 * with the MsgType it came with.
 *
 * @param msgContent    the MsgContent
 * @param unknownFields fields of the element object besides MsgType and MsgContent, kept and sent back
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"MsgType", "MsgContent"})
public record MsgElement(@JsonProperty("MsgContent") MsgContent msgContent,
                         @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  /*
   * Why not @JsonTypeInfo(EXTERNAL_PROPERTY, defaultImpl = UnknownContent): the default impl never learns the type
   * id, so an unknown element would re-encode under some other MsgType. Reading MsgContent as a map and converting it
   * once the MsgType is known keeps the id, at the cost of one extra map-to-record pass per element.
   */
  private static final Map<String, JavaType> KNOWN = Map.of(
      TextContent.MSG_TYPE, JsonCodec.type(TextContent.class),
      LocationContent.MSG_TYPE, JsonCodec.type(LocationContent.class),
      FaceContent.MSG_TYPE, JsonCodec.type(FaceContent.class),
      CustomContent.MSG_TYPE, JsonCodec.type(CustomContent.class),
      SoundContent.MSG_TYPE, JsonCodec.type(SoundContent.class),
      ImageContent.MSG_TYPE, JsonCodec.type(ImageContent.class),
      FileContent.MSG_TYPE, JsonCodec.type(FileContent.class),
      VideoFileContent.MSG_TYPE, JsonCodec.type(VideoFileContent.class),
      RelayContent.MSG_TYPE, JsonCodec.type(RelayContent.class));

  public MsgElement {
    Objects.requireNonNull(msgContent, "MsgContent");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public MsgElement(MsgContent msgContent) {
    this(msgContent, null);
  }

  /** The MsgType, the content's own. */
  @JsonProperty("MsgType")
  public String msgType() {
    return msgContent.msgType();
  }

  @JsonCreator
  static MsgElement fromJson(@JsonProperty("MsgType") String msgType,
                             @JsonProperty("MsgContent") Map<String, Object> msgContent,
                             @JsonAnySetter Map<String, Object> unknownFields) {
    Objects.requireNonNull(msgType, "MsgType");
    Objects.requireNonNull(msgContent, "MsgContent");
    JavaType known = KNOWN.get(msgType);
    MsgContent content = known == null
        ? new UnknownContent(msgType, msgContent)
        : JsonCodec.<MsgContent>decode(new JsonObject(msgContent), known);
    return new MsgElement(content, unknownFields);
  }

  /** The MsgTypes that decode to their own record; any other decodes to {@link UnknownContent}. */
  public static boolean isKnown(String msgType) {
    return KNOWN.containsKey(msgType);
  }

  public static MsgElement of(MsgContent content) {
    return new MsgElement(content);
  }

  /** A {@code TIMTextElem}. */
  public static MsgElement text(String text) {
    return new MsgElement(new TextContent(text));
  }

  /** A {@code TIMCustomElem} without a Sound (any argument may be {@code null}: it is then not sent). */
  public static MsgElement custom(String data, String desc, String ext) {
    return new MsgElement(new CustomContent(data, desc, ext, null));
  }

  /** A {@code TIMFaceElem}; {@code data} may be {@code null}. */
  public static MsgElement face(int index, String data) {
    return new MsgElement(new FaceContent(index, data));
  }

  /** A {@code TIMLocationElem}; {@code desc} may be {@code null}. */
  public static MsgElement location(String desc, double latitude, double longitude) {
    return new MsgElement(new LocationContent(desc, latitude, longitude));
  }
}

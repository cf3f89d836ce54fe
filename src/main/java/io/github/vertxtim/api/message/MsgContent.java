package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.vertxtim.api.JsonRecord;

/**
 * The {@code MsgContent} of a message element; which record it is follows from the element's {@code MsgType}.
 * {@link UnknownContent} holds the content of a MsgType this library does not know, as raw JSON.
 *
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
public sealed interface MsgContent extends JsonRecord
    permits TextContent, LocationContent, FaceContent, CustomContent, SoundContent, ImageContent, FileContent,
    VideoFileContent, RelayContent, UnknownContent {

  /** The {@code MsgType} this content goes with on the wire, e.g. {@code "TIMTextElem"}. */
  @JsonIgnore
  String msgType();
}

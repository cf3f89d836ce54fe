package io.github.vertxtim.api.message;

import java.util.List;

/**
 * A message body is a {@code List<MsgElement>} on every request and event (field {@code MsgBody}); this builds one.
 * A body may mix elements (text + face + text) but holds at most one {@code TIMCustomElem}.
 *
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
public final class MsgBody {

  private MsgBody() {
  }

  /** The elements in the order given (no nulls). */
  public static List<MsgElement> of(MsgElement... elements) {
    return List.of(elements);
  }

  /** A body of one {@code TIMTextElem}. */
  public static List<MsgElement> text(String text) {
    return List.of(MsgElement.text(text));
  }
}

package io.github.vertxtim.emulator.impl.moderation;

import io.github.vertxtim.emulator.impl.shared.MessageHooks;

import java.util.List;
import java.util.Objects;

/**
 * A message the cloud review refused, as {@code ContentCallback.ResultNotify} reports it
 * (https://trtc.io/document/78240): the message, the text checked, the keywords that matched, the label and the
 * library of the deciding keyword, and the ID of this check. A message refused by the local word list only is not
 * one: that list is the app's own filter, not the cloud service.
 */
public record CloudBlock(MessageHooks.Outgoing message, List<String> texts, List<String> keywords, String label,
                         String library, String requestId) {

  public CloudBlock {
    Objects.requireNonNull(message, "message");
    texts = List.copyOf(texts);
    keywords = List.copyOf(keywords);
  }
}

package io.github.vertxtim.api.message;

import io.github.vertxtim.internal.JsonCodec;

/**
 * {@code CloudCustomData} is a plain JSON string on the wire, not an object: the app's own data stored with the
 * message in the cloud and delivered to the other side (it survives an app reinstall). Records carry it as
 * {@code String}. Apps often put JSON in it; this turns a value into that string.
 *
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
public final class CloudCustomData {

  private CloudCustomData() {
  }

  /** The value (a JsonObject, Map or record) written as a JSON text, to send as CloudCustomData. */
  public static String ofJson(Object value) {
    return JsonCodec.encode(value).toString();
  }
}

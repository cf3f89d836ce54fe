/**
 * The one message model of the API: a message body is a list of {@link io.github.vertxtim.api.message.MsgElement}s,
 * each a {@code MsgType} and its {@link io.github.vertxtim.api.message.MsgContent}; plus the offline-push settings
 * and the cloud custom data a message carries. C2C, group, push, official-account messages and callback events
 * all use it. An element of a MsgType this library does not know is kept as raw JSON and sent back unchanged.
 *
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
package io.github.vertxtim.api.message;

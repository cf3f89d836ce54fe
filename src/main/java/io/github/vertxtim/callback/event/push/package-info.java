/**
 * The event records of the push-result callbacks (Push.*): each body is a batch {@code {"Events": [...]}} of 1 to
 * 100 items with their own CallbackCommand.
 *
 * @see <a href="https://trtc.io/document/67551">All Users / Tags / UserID Push Callback</a>
 */
package io.github.vertxtim.callback.event.push;

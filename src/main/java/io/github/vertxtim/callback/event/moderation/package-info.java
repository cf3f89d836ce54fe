/**
 * The event record of the content-moderation result callback (ContentCallback.ResultNotify), whose body carries no
 * CallbackCommand.
 *
 * @see <a href="https://trtc.io/document/78240">Content Moderation Result Callback</a>
 */
package io.github.vertxtim.callback.event.moderation;

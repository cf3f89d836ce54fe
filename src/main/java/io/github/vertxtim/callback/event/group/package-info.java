/**
 * The event records of the group and topic callbacks (Group.*): one record per command, annotated with its
 * command; the member lists share {@link io.github.vertxtim.callback.event.group.MemberAccountItem} and
 * {@code Type} takes the values of {@link io.github.vertxtim.callback.event.group.GroupType}.
 *
 * @see <a href="https://trtc.io/document/34368">Before a Group Is Created</a>
 */
package io.github.vertxtim.callback.event.group;

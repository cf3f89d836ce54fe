/**
 * The event records of the official-account callbacks (OfficialAccount.*); the subscriber events share
 * {@link io.github.vertxtim.callback.event.official.SubscriberItem}.
 *
 * @see <a href="https://trtc.io/document/60795">Callback Before Creating an Official Account</a>
 */
package io.github.vertxtim.callback.event.official;

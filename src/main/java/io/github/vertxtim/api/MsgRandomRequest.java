package io.github.vertxtim.api;

/**
 * The request of an endpoint that de-duplicates on {@code MsgRandom} (sendmsg and its kin). The client draws one
 * when it is absent, once per call, and sends the same bytes on every attempt: that is what makes a retry safe.
 */
public interface MsgRandomRequest {

  /** The MsgRandom (a 32-bit unsigned value), or {@code null} for the client to draw one. */
  Long msgRandom();

  /** A copy of this request with {@code msgRandom} set. */
  MsgRandomRequest withMsgRandom(long msgRandom);
}

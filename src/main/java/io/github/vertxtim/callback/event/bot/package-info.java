/**
 * The event records of the chatbot callbacks (Bot.*, Chatbot.*).
 *
 * @see <a href="https://trtc.io/document/68952">Callback After a One-to-One Message Is Sent to a Chatbot</a>
 */
package io.github.vertxtim.callback.event.bot;

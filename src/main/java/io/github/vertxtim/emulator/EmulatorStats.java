package io.github.vertxtim.emulator;

/** What the emulator saw and answered; safe to read from any thread. */
public interface EmulatorStats {

  /** TCP connections accepted since start. */
  long connectionsOpened();

  /** TCP connections open now. */
  int connectionsOpen();

  /** HTTP requests received (all paths, all outcomes, faults included). */
  long requests();

  /** Requests received for {@code service/command}. */
  long requests(String path);

  /** Answers with this ErrorCode (0 = OK), over all endpoints. */
  long answers(int errorCode);

  /** Answers with this ErrorCode for {@code service/command}. */
  long answers(String path, int errorCode);

  /** 60007 answers given by the rate limiter (not by fault injection). */
  long rateLimited();

  /** Faults injected, by kind: "reset", "502", "throttle", "slow". */
  long faults(String kind);

  /** The Host header of the last request, e.g. {@code adminapisgp.im.qcloud.com:8443}. */
  String lastHost();

  /** Callback requests sent to the app's backend, every copy and retry included (docs/emulator.md, "Callbacks"). */
  long callbacksSent();

  /** After-callbacks dropped because the in-flight cap was reached (a before-callback then follows the policy). */
  long callbacksDropped();

  /** Callbacks without a usable answer: timeout, connection error, HTTP status other than 200, not JSON. */
  long callbacksFailed();

  /** Zeroes every counter. */
  void reset();
}

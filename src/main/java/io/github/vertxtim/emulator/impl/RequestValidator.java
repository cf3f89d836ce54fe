package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import io.github.vertxtim.sig.UserSigVerifier;
import io.github.vertxtim.sig.UserSigs;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks the service makes before any endpoint logic, in the service's order (the REST API overview's
 * "Calling Method", https://trtc.io/document/34620, and the error codes of https://trtc.io/document/34348): method and URL, query parameters, usersig, admin, body. Each failure is an
 * {@link EmulatorError} with the documented code. ErrorInfo never contains the usersig or the key.
 */
final class RequestValidator {

  /** The only accepted path shape: {@code /v4/{servicename}/{command}}, nothing before, after or between. */
  private static final Pattern PATH = Pattern.compile("/v4/([^/]+)/([^/]+)");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final long MAX_RANDOM = 4_294_967_295L;

  private static final int HTTP_PARSE_ERROR = TimErrorCode.HTTP_PARSE_ERROR.code();
  private static final int BAD_URL_PARAMETER = TimErrorCode.BAD_URL_PARAMETER.code();

  private final EndpointRegistry registry;
  private final long sdkAppId;
  private final String adminIdentifier;
  private final UserSigVerifier verifier;
  private final LongSupplier nowSeconds;
  private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

  private static final int MAX_VERIFIED = 1024;

  /** A usersig that verified OK: for whom and until when. */
  private record Verified(String identifier, long validUntil) {
  }

  RequestValidator(EndpointRegistry registry, long sdkAppId, String secretKey, String adminIdentifier,
                   LongSupplier nowSeconds) {
    this.registry = registry;
    this.sdkAppId = sdkAppId;
    this.adminIdentifier = adminIdentifier;
    this.verifier = new UserSigVerifier(sdkAppId, secretKey);
    this.nowSeconds = nowSeconds;
  }

  /**
   * Where a request goes: the registry endpoint its path names (null when the path is malformed or unknown) and
   * the first method/URL error (null when there is none).
   */
  record Route(Endpoint endpoint, EmulatorError error) {
  }

  /** Method (60002), path shape (60002), known service/command (60009; legacy aliases accepted). */
  Route route(HttpMethod method, String path) {
    Matcher m = PATH.matcher(path == null ? "" : path);
    if (!m.matches()) {
      String what = method != HttpMethod.POST ? "only POST is supported, and the path" : "the path";
      return new Route(null, new EmulatorError(HTTP_PARSE_ERROR,
          "HTTP parse error: " + what + " must be /v4/{servicename}/{command}"));
    }
    Endpoint endpoint = registry.find(m.group(1), m.group(2)).orElse(null);
    if (method != HttpMethod.POST) {
      return new Route(endpoint, new EmulatorError(HTTP_PARSE_ERROR,
          "HTTP parse error: method " + method + " is not supported, only POST"));
    }
    if (endpoint == null) {
      return new Route(null, new EmulatorError(TimErrorCode.RESOURCE_ERROR.code(),
          "request resource error: unknown servicename/command " + m.group(1) + "/" + m.group(2)));
    }
    return new Route(endpoint, null);
  }

  /**
   * The query parameters and the usersig: sdkappid (60012 missing, 60025 not a number, 60006 another app),
   * identifier / usersig / contenttype / random (60025), signature (70003, 70014, 70013, 70001, 70009) and admin
   * (60010).
   */
  void authenticate(QueryParams q) {
    String appId = q.get("sdkappid");
    if (appId == null || appId.isEmpty()) {
      throw new EmulatorError(TimErrorCode.SDKAPPID_MISSING.code(), "sdkappid is missing from the URL");
    }
    long requestAppId = parseUnsigned(appId, Long.MAX_VALUE);
    if (requestAppId < 0) {
      throw new EmulatorError(BAD_URL_PARAMETER, "sdkappid is not a number");
    }
    if (requestAppId != sdkAppId) {
      throw new EmulatorError(TimErrorCode.INVALID_SDKAPPID.code(),
          "invalid sdkappid " + requestAppId + ": this app's SDKAppID is " + sdkAppId);
    }
    String identifier = q.get("identifier");
    if (identifier == null || identifier.isEmpty()) {
      throw new EmulatorError(BAD_URL_PARAMETER, "identifier is missing from the URL");
    }
    String userSig = q.get("usersig");
    if (userSig == null || userSig.isEmpty()) {
      throw new EmulatorError(BAD_URL_PARAMETER, "usersig is missing from the URL");
    }
    String contentType = q.get("contenttype");
    if (!"json".equals(contentType)) {
      throw new EmulatorError(BAD_URL_PARAMETER,
          contentType == null ? "contenttype is missing from the URL" : "contenttype must be json");
    }
    String random = q.get("random");
    if (random == null) {
      throw new EmulatorError(BAD_URL_PARAMETER, "random is missing from the URL");
    }
    if (parseUnsigned(random, MAX_RANDOM) < 0) {
      throw new EmulatorError(BAD_URL_PARAMETER, "random must be an integer from 0 to 4294967295");
    }
    checkSignature(userSig, identifier);
    if (!identifier.equals(adminIdentifier)) {
      throw new EmulatorError(TimErrorCode.ADMIN_REQUIRED.code(),
          "identifier " + identifier + " is not an app admin; REST calls require the app admin account");
    }
  }

  private void checkSignature(String userSig, String identifier) {
    long now = nowSeconds.getAsLong();
    Verified known = verified.get(userSig);
    if (known != null && known.identifier().equals(identifier) && now <= known.validUntil()) {
      return; // the same usersig verified OK before, for this identifier, and has not expired since
    }
    UserSigVerifier.Result result;
    try {
      result = verifier.verify(userSig, identifier, now);
    } catch (RuntimeException e) {
      // A verifier that throws on hostile input must not leak the input: treat it as an illegal usersig.
      result = UserSigVerifier.Result.MALFORMED;
    }
    switch (result) {
      case OK:
        remember(userSig, identifier);
        return;
      case MALFORMED:
        throw new EmulatorError(TimErrorCode.USERSIG_ILLEGAL.code(),
            "illegal usersig: not a well-formed TLS Sig API v2 usersig");
      case SDKAPPID_MISMATCH:
        throw new EmulatorError(TimErrorCode.USERSIG_SDKAPPID_MISMATCH.code(),
            "usersig was made for another SDKAppID than sdkappid " + sdkAppId);
      case IDENTIFIER_MISMATCH:
        throw new EmulatorError(TimErrorCode.USERSIG_IDENTIFIER_MISMATCH.code(),
            "usersig was made for another UserID than identifier " + identifier);
      case EXPIRED:
        throw new EmulatorError(TimErrorCode.USERSIG_EXPIRED.code(), "usersig expired; make a new one");
      case USERBUF_MISMATCH:
        throw new EmulatorError(TimErrorCode.USERSIG_VERIFICATION_FAILED.code(),
            "usersig verification failed: it carries a userbuf (TRTC PrivateMapKey); REST calls need a plain usersig");
      case BAD_SIGNATURE:
      default:
        throw new EmulatorError(TimErrorCode.USERSIG_VERIFICATION_FAILED.code(),
            "usersig verification failed: signature does not match (wrong secret key?)");
    }
  }

  /**
   * Remembers a verified usersig, so repeated calls with it (a client reuses one usersig for hours) skip the
   * inflate and HMAC. The outcome is the same as a full verification: a hit requires the same usersig text, the
   * same identifier and an unexpired validity; anything else is verified in full. Bounded: cleared when full.
   */
  private void remember(String userSig, String identifier) {
    if (verified.size() >= MAX_VERIFIED) {
      verified.clear();
    }
    verified.put(userSig, new Verified(identifier, UserSigs.decode(userSig).validUntil()));
  }

  /**
   * The request body: must be a JSON object, {@code {}} when the API takes no fields (seed: "POST request bodies
   * cannot be empty"), else 60003.
   */
  static JsonObject parseBody(Buffer body) {
    if (body == null || body.length() == 0) {
      throw new EmulatorError(TimErrorCode.REQUEST_JSON_PARSE_ERROR.code(),
          "JSON parse error: the request body is empty; send {} when the API takes no fields");
    }
    Object value;
    try {
      value = Json.decodeValue(body);
    } catch (RuntimeException e) { // DecodeException, or a Jackson read limit
      throw new EmulatorError(TimErrorCode.REQUEST_JSON_PARSE_ERROR.code(),
          "JSON parse error: the request body is not valid JSON");
    }
    if (!(value instanceof JsonObject)) {
      throw new EmulatorError(TimErrorCode.REQUEST_JSON_PARSE_ERROR.code(),
          "JSON parse error: the request body must be a JSON object");
    }
    return (JsonObject) value;
  }

  /** Plain decimal digits in 0..max, else -1 (no sign, no spaces, no exponent). */
  private static long parseUnsigned(String s, long max) {
    if (!DIGITS.matcher(s).matches()) {
      return -1;
    }
    try {
      long v = Long.parseLong(s);
      return v <= max ? v : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

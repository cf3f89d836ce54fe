package io.github.vertxtim.sig;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Stateless helpers for usersigs. */
public final class UserSigs {

  /** Far above any real usersig (a few hundred bytes); bounds work and memory on hostile input. */
  private static final int MAX_TEXT_CHARS = 64 * 1024;
  /** Zip-bomb guard for the inflated JSON. */
  private static final int MAX_INFLATED_BYTES = 64 * 1024;

  /** Rejects duplicate keys and trailing tokens so one usersig cannot be read two ways. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private UserSigs() {
  }

  /**
   * Decodes a usersig (reversed base64 substitutions, zlib, JSON) without checking its signature.
   * Accepts any zlib level and JSON layout, as the official verifiers do; TLS.ver is not checked.
   *
   * @throws IllegalArgumentException when it is not a well-formed usersig; the message never contains the input
   */
  public static DecodedUserSig decode(String userSig) {
    if (userSig == null || userSig.isEmpty()) {
      throw new IllegalArgumentException("usersig is null or empty");
    }
    if (userSig.length() > MAX_TEXT_CHARS) {
      throw new IllegalArgumentException("usersig is too long");
    }
    JsonNode root = parse(inflate(SigBase64.decode(userSig)));
    String identifier = text(root, "TLS.identifier");
    long sdkAppId = number(root, "TLS.sdkappid");
    long time = number(root, "TLS.time");
    long expire = number(root, "TLS.expire");
    if (time > Long.MAX_VALUE - expire) {
      throw new IllegalArgumentException("usersig TLS.time + TLS.expire is out of range");
    }
    String sig = text(root, "TLS.sig");
    SigBase64.decodeStandard(sig, "usersig TLS.sig");
    byte[] userBuf = null;
    if (root.has("TLS.userbuf")) {
      userBuf = SigBase64.decodeStandard(text(root, "TLS.userbuf"), "usersig TLS.userbuf");
    }
    return new DecodedUserSig(identifier, sdkAppId, time, expire, sig, userBuf);
  }

  private static byte[] inflate(byte[] compressed) {
    Inflater inflater = new Inflater(); // zlib header and Adler-32 are checked
    try {
      inflater.setInput(compressed);
      ByteArrayOutputStream out = new ByteArrayOutputStream(512);
      byte[] buf = new byte[512];
      while (!inflater.finished()) {
        int got = inflater.inflate(buf);
        if (got == 0 && !inflater.finished()) {
          throw new IllegalArgumentException("usersig zlib stream is truncated or needs a dictionary");
        }
        if (out.size() + got > MAX_INFLATED_BYTES) {
          throw new IllegalArgumentException("usersig inflates to more than " + MAX_INFLATED_BYTES + " bytes");
        }
        out.write(buf, 0, got);
      }
      if (inflater.getRemaining() > 0) {
        throw new IllegalArgumentException("usersig has data after the zlib stream");
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("usersig is not a valid zlib stream");
    } finally {
      inflater.end();
    }
  }

  private static JsonNode parse(byte[] json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      // Jackson messages quote the source text, so they are dropped.
      throw new IllegalArgumentException("usersig content is not valid JSON");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("usersig content is not a JSON object");
    }
    return root;
  }

  private static String text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || !node.isTextual()) {
      throw new IllegalArgumentException("usersig " + field + " is missing or not a string");
    }
    return node.textValue();
  }

  /** Integral JSON numbers only (like Go's int fields), non-negative and within long. */
  private static long number(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
      throw new IllegalArgumentException("usersig " + field + " is missing or not a non-negative integer");
    }
    return node.longValue();
  }
}

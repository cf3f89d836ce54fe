package io.github.vertxtim.tests.sig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Named;

/** Loads src/test/resources/usersig-vectors.json and offers raw zlib/base64 helpers for building test input. */
final class Vectors {

  record Other(String implementation, String usersig, String decodedJson) {
  }

  record Vector(String name, long sdkAppId, String key, String identifier, long expire, long time,
                String userBufBase64, String hmacInput, String sig, long validUntil, String usersig,
                String decodedJson, List<Other> others) {

    byte[] userBuf() {
      return userBufBase64 == null ? null : Base64.getDecoder().decode(userBufBase64);
    }

    /** The Java usersig first, then every other implementation's. */
    List<String> allUsersigs() {
      List<String> all = new ArrayList<>();
      all.add(usersig);
      others.forEach(o -> all.add(o.usersig()));
      return all;
    }
  }

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final List<Vector> ALL = load();

  private Vectors() {
  }

  static Stream<Named<Vector>> all() {
    return ALL.stream().map(v -> Named.of(v.name(), v));
  }

  private static List<Vector> load() {
    try (InputStream in = Vectors.class.getResourceAsStream("/usersig-vectors.json")) {
      if (in == null) {
        throw new IllegalStateException("usersig-vectors.json is not on the test classpath");
      }
      List<Vector> list = new ArrayList<>();
      for (JsonNode v : MAPPER.readTree(in).get("vectors")) {
        List<Other> others = new ArrayList<>();
        for (JsonNode o : v.path("other_implementations")) {
          others.add(new Other(o.get("implementation").asText(), o.get("usersig").asText(),
              o.get("decoded_json").asText()));
        }
        JsonNode ub = v.get("userbuf");
        list.add(new Vector(v.get("name").asText(), v.get("sdkappid").asLong(), v.get("key").asText(),
            v.get("identifier").asText(), v.get("expire").asLong(), v.get("time").asLong(),
            ub == null || ub.isNull() ? null : ub.asText(), v.get("hmac_input").asText(), v.get("sig").asText(),
            v.get("valid_until").asLong(), v.get("usersig").asText(), v.get("decoded_json").asText(), others));
      }
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Independent encoder for test input: zlib at {@code level}, standard base64, then + / = to * - _. */
  static String encode(String json, int level) {
    return encodeBytes(deflate(json.getBytes(StandardCharsets.UTF_8), level));
  }

  static String encodeBytes(byte[] compressed) {
    return Base64.getEncoder().encodeToString(compressed).replace('+', '*').replace('/', '-').replace('=', '_');
  }

  static byte[] deflate(byte[] input, int level) {
    Deflater d = new Deflater(level);
    try {
      d.setInput(input);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[256];
      while (!d.finished()) {
        out.write(buf, 0, d.deflate(buf));
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  /** The JSON text inside a usersig, decoded independently of the code under test. */
  static String inflateToText(String usersig) {
    byte[] compressed = Base64.getDecoder().decode(
        usersig.replace('*', '+').replace('-', '/').replace('_', '='));
    Inflater inf = new Inflater();
    try {
      inf.setInput(compressed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[256];
      while (!inf.finished()) {
        out.write(buf, 0, inf.inflate(buf));
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new IllegalStateException(e);
    } finally {
      inf.end();
    }
  }
}

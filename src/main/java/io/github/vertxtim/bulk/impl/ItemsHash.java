package io.github.vertxtim.bulk.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short hash of the items of a chunk (or of a template), so a journal recognises the source it was written for. */
final class ItemsHash {

  private final MessageDigest digest;

  ItemsHash() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** @param json an item as sent (a string, number or JsonObject: the same line gives the same text) */
  ItemsHash add(Object json) {
    digest.update(String.valueOf(json).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
    return this;
  }

  /** 64 bits in hex: collisions between a chunk and its changed self are out of reach at 2^-64. */
  String value() {
    return HexFormat.of().formatHex(digest.digest(), 0, 8);
  }
}

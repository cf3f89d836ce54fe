package io.github.vertxtim.cli;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;

/**
 * Last line of defence for everything the CLI prints about failures: replaces the secret keys it knows and any
 * {@code usersig=} query value with {@code ***}.
 */
final class Redactor {

  private static final Pattern USERSIG = Pattern.compile("(?i)(usersig=)[^&\\s\"]*");

  private final Set<String> secrets = new CopyOnWriteArraySet<>();

  void add(String secret) {
    if (secret != null && secret.length() >= 4) {
      secrets.add(secret);
    }
  }

  String redact(String text) {
    if (text == null) {
      return null;
    }
    String s = text;
    for (String secret : secrets) {
      s = s.replace(secret, "***");
    }
    return USERSIG.matcher(s).replaceAll("$1***");
  }
}

package dev.wasi4j.fs.vfs;

import java.util.regex.Pattern;

/**
 * Hides passwords in URIs before they reach a message: {@code sftp://user:secret@host/} becomes
 * {@code sftp://user:***@host/}, also inside layered VFS URIs ({@code zip:sftp://...!/}) and inside
 * longer texts such as a VFS error message.
 */
final class MaskedUri {
  private static final Pattern USER_PASSWORD = Pattern.compile("(://[^/?#@:\\s]*):[^/?#@\\s]*@");

  private MaskedUri() {}

  static String mask(String text) {
    return text == null ? null : USER_PASSWORD.matcher(text).replaceAll("$1:***@");
  }
}

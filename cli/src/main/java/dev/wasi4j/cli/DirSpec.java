package dev.wasi4j.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --dir HOST[::GUEST]}: the host directory {@code host}, preopened as {@code guestPath}
 * ({@code HOST} itself, as written, when {@code ::GUEST} is left out).
 */
record DirSpec(String host, String guestPath) {
  private static final String SEPARATOR = "::";

  /** {@code --dir} as written. */
  @Override
  public String toString() {
    return "--dir " + host + SEPARATOR + guestPath;
  }

  /** Parses {@code HOST[::GUEST]}, splitting at the first {@code ::} as wasmtime does. */
  static final class Converter implements ITypeConverter<DirSpec> {
    @Override
    public DirSpec convert(String text) {
      int separator = text.indexOf(SEPARATOR);
      String host = separator < 0 ? text : text.substring(0, separator);
      String guest = separator < 0 ? text : text.substring(separator + SEPARATOR.length());
      if (host.isEmpty() || guest.isEmpty()) {
        throw new TypeConversionException(
            "'" + text + "' has an empty " + (host.isEmpty() ? "host" : "guest") + " path");
      }
      return new DirSpec(host, guest);
    }
  }
}

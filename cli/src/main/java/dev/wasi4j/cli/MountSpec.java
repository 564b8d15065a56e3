package dev.wasi4j.cli;

import dev.wasi4j.Mount;
import dev.wasi4j.fs.memory.MemoryMounts;
import dev.wasi4j.fs.vfs.VfsMounts;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --mount SPEC}: a directory tree that is not a plain host directory, preopened as
 * {@code guestPath}. {@code text} is the spec as given, to name it in messages.
 */
record MountSpec(String text, String guestPath, Source source) {
  /** The forms a spec can take, for messages and help. */
  static final String FORMS =
      "mem::GUEST, zip:ARCHIVE::GUEST, tar:ARCHIVE::GUEST or vfs:URI::GUEST";

  /** Opens the tree when the guest's sandbox is built. */
  @FunctionalInterface
  interface Source {
    Mount open() throws IOException;
  }

  /** Opens the tree. */
  Mount open() throws IOException {
    return source.open();
  }

  /** {@code --mount} as written. */
  @Override
  public String toString() {
    return "--mount " + text;
  }

  /**
   * Parses a spec of one of the {@link #FORMS}. A location is split from its guest path at the last
   * {@code ::}, so that URIs with {@code ::} in them (IPv6 hosts) keep it.
   */
  static final class Converter implements ITypeConverter<MountSpec> {
    private static final String MEMORY = "mem";
    private static final String SEPARATOR = "::";
    private static final Map<String, Function<String, Source>> LOCATED =
        Map.of(
            "zip", archive -> () -> VfsMounts.zip(HostPaths.file(archive, "archive")),
            "tar", archive -> () -> VfsMounts.tar(HostPaths.file(archive, "archive")),
            "vfs", uri -> () -> VfsMounts.uri(uri));

    @Override
    public MountSpec convert(String text) {
      int colon = text.indexOf(':');
      String kind = colon < 0 ? text : text.substring(0, colon);
      String rest = text.substring(colon + 1);
      if (kind.equals(MEMORY) && rest.startsWith(":")) {
        return new MountSpec(text, nonEmpty(text, rest.substring(1)), MemoryMounts::empty);
      }
      int separator = rest.lastIndexOf(SEPARATOR);
      if (colon < 0 || !LOCATED.containsKey(kind) || separator < 0) {
        throw malformed(text);
      }
      String location = nonEmpty(text, rest.substring(0, separator));
      String guestPath = nonEmpty(text, rest.substring(separator + SEPARATOR.length()));
      return new MountSpec(text, guestPath, LOCATED.get(kind).apply(location));
    }

    private static String nonEmpty(String text, String part) {
      if (part.isEmpty()) {
        throw malformed(text);
      }
      return part;
    }

    private static TypeConversionException malformed(String text) {
      return new TypeConversionException("malformed mount spec '" + text + "': expected " + FORMS);
    }
  }
}

package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Attribute access by name ({@code Files.readAttributes(path, "unix:ino,dev,nlink")}, {@code
 * Files.getAttribute}, {@code Files.setAttribute}) for the two views a VFS mount offers.
 *
 * <p>{@code basic} is complete. {@code unix} is the subset of the JDK's view that VFS can back:
 * {@code ino}, {@code dev}, {@code nlink}, {@code mode} (file type bits and the owner's read, write
 * and execute bits as VFS reports them) and {@code ctime} (the modification time, VFS having no
 * change time), plus the basic attributes it inherits. Owners, groups and the permission set are
 * not there: asking for them is an {@link IllegalArgumentException}, as for any unknown name.
 */
final class VfsFileAttributeViews {
  static final Set<String> NAMES = Set.of("basic", "unix");

  private static final List<String> BASIC =
      List.of(
          "lastModifiedTime",
          "lastAccessTime",
          "creationTime",
          "size",
          "isRegularFile",
          "isDirectory",
          "isSymbolicLink",
          "isOther",
          "fileKey");
  private static final List<String> UNIX_ONLY = List.of("ino", "dev", "nlink", "mode", "ctime");
  private static final List<String> UNIX =
      Stream.concat(BASIC.stream(), UNIX_ONLY.stream()).collect(Collectors.toUnmodifiableList());

  private static final int S_IFDIR = 0040000;
  private static final int S_IFREG = 0100000;

  private VfsFileAttributeViews() {}

  /** The attributes named by {@code attributes} ({@code [view:]name,name...} or {@code view:*}). */
  static Map<String, Object> read(VfsPath path, String attributes) throws IOException {
    int colon = attributes.indexOf(':');
    String view = colon < 0 ? "basic" : attributes.substring(0, colon);
    String list = attributes.substring(colon + 1);
    List<String> known = known(view);
    List<String> wanted = list.equals("*") ? known : List.of(list.split(","));
    for (String name : wanted) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException("'" + view + ":" + name + "' not recognized");
      }
    }
    Node node = path.getFileSystem().resolve(path);
    VfsFileAttributes basic = VfsFileAttributes.of(node);
    Map<String, Object> values = new LinkedHashMap<>();
    for (String name : wanted) {
      values.put(name, value(node, basic, name));
    }
    return values;
  }

  /** Sets one attribute; only the times of the basic view can be set. */
  static void set(VfsPath path, String attribute, Object value) throws IOException {
    int colon = attribute.indexOf(':');
    String view = colon < 0 ? "basic" : attribute.substring(0, colon);
    String name = attribute.substring(colon + 1);
    known(view);
    VfsBasicFileAttributeView times = new VfsBasicFileAttributeView(path);
    switch (name) {
      case "lastModifiedTime":
        times.setTimes((FileTime) value, null, null);
        break;
      case "lastAccessTime":
        times.setTimes(null, (FileTime) value, null);
        break;
      case "creationTime":
        times.setTimes(null, null, (FileTime) value);
        break;
      default:
        throw new UnsupportedOperationException("'" + attribute + "' cannot be set on a VFS file");
    }
  }

  private static List<String> known(String view) {
    switch (view) {
      case "basic":
        return BASIC;
      case "unix":
        return UNIX;
      default:
        throw new UnsupportedOperationException("view '" + view + "' not available");
    }
  }

  private static Object value(Node node, VfsFileAttributes basic, String name) throws IOException {
    switch (name) {
      case "lastModifiedTime":
      case "ctime":
        return basic.lastModifiedTime();
      case "lastAccessTime":
        return basic.lastAccessTime();
      case "creationTime":
        return basic.creationTime();
      case "size":
        return basic.size();
      case "isRegularFile":
        return basic.isRegularFile();
      case "isDirectory":
        return basic.isDirectory();
      case "isSymbolicLink":
        return basic.isSymbolicLink();
      case "isOther":
        return basic.isOther();
      case "fileKey":
        return basic.fileKey();
      case "ino":
        return basic.fileKey().ino();
      case "dev":
        return basic.fileKey().dev();
      case "nlink":
        return basic.linkCount();
      case "mode":
        return mode(node, basic);
      default:
        throw new IllegalArgumentException("'" + name + "' not recognized");
    }
  }

  private static int mode(Node node, VfsFileAttributes basic) throws IOException {
    Access access = Access.of(node);
    int type = basic.isDirectory() ? S_IFDIR : basic.isRegularFile() ? S_IFREG : 0;
    return type
        | (access.readable() ? 0400 : 0)
        | (access.writable() ? 0200 : 0)
        | (access.executable() ? 0100 : 0);
  }
}

package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Set;
import org.apache.commons.vfs2.Capability;
import org.apache.commons.vfs2.FileObject;
import org.apache.commons.vfs2.util.RandomAccessMode;

/**
 * Opens a byte channel on a VFS file, picking the channel the scheme can back.
 *
 * <ul>
 *   <li>Random-access read and write (local, ram): {@link RandomAccessChannel}, every option.
 *   <li>Random-access read only (sftp, http): {@link RandomAccessChannel} for reading; writing
 *       (sftp) is a {@link StreamWriteChannel}, which can start at 0 (a new, empty or truncated
 *       file) or append, but not overwrite in place and not read. {@code READ} with {@code WRITE}
 *       is an {@link AccessDeniedException}. {@code WRITE} alone on a non-empty file opens, and
 *       the first write decides: at the end of the file it appends, anywhere else it is an {@link
 *       UnsupportedOperationException}.
 *   <li>No random access (archives): {@link StreamReadChannel}.
 * </ul>
 *
 * <p>Errors are checked before VFS is asked, to get POSIX-like exception types: writes to a
 * read-only mount, a missing file or parent, an existing file with {@code CREATE_NEW}, a directory.
 */
final class ChannelOpener {
  private final VfsFileSystem fileSystem;
  private final VfsPath path;
  private final boolean read;
  private final boolean write;
  private final boolean append;
  private final boolean truncate;
  private final boolean create;
  private final boolean createNew;

  private ChannelOpener(VfsPath path, Set<? extends OpenOption> options) {
    this.fileSystem = path.getFileSystem();
    this.path = path;
    for (OpenOption option : options) {
      if (option == StandardOpenOption.DELETE_ON_CLOSE) {
        throw new UnsupportedOperationException("DELETE_ON_CLOSE on a VFS file");
      }
      if (!(option instanceof StandardOpenOption) && option != LinkOption.NOFOLLOW_LINKS) {
        throw new UnsupportedOperationException("open option " + option);
      }
    }
    this.append = options.contains(StandardOpenOption.APPEND);
    this.write = append || options.contains(StandardOpenOption.WRITE);
    this.read = options.contains(StandardOpenOption.READ) || !write;
    // CREATE, CREATE_NEW and TRUNCATE_EXISTING only mean something to a channel that writes.
    this.truncate = write && options.contains(StandardOpenOption.TRUNCATE_EXISTING);
    this.createNew = write && options.contains(StandardOpenOption.CREATE_NEW);
    this.create = write && (createNew || options.contains(StandardOpenOption.CREATE));
    if (append && (options.contains(StandardOpenOption.READ) || truncate)) {
      throw new IllegalArgumentException(
          "APPEND cannot be combined with READ or TRUNCATE_EXISTING");
    }
  }

  static SeekableByteChannel open(
      VfsPath path, Set<? extends OpenOption> options, FileAttribute<?>... attributes)
      throws IOException {
    if (attributes.length > 0) {
      throw new UnsupportedOperationException("VFS files take no attributes at creation");
    }
    return new ChannelOpener(path, options).open();
  }

  private SeekableByteChannel open() throws IOException {
    if (write) {
      fileSystem.checkWritable();
    }
    Node node = fileSystem.resolve(path);
    boolean exists = node.exists();
    if (exists && createNew) {
      throw new FileAlreadyExistsException(path.toString());
    }
    if (exists && !node.isRegularFile()) {
      throw new FileSystemException(path.toString(), null, "Is a directory");
    }
    if (!exists) {
      if (!create) {
        throw new NoSuchFileException(path.toString());
      }
      node.parent().directory();
    }
    FileObject file = node.file();
    return VfsErrors.translating(path, () -> open(file, exists));
  }

  private SeekableByteChannel open(FileObject file, boolean exists) throws IOException {
    String name = path.toString();
    if (!write) {
      if (fileSystem.has(Capability.RANDOM_ACCESS_READ)) {
        return RandomAccessChannel.reading(
            file.getContent().getRandomAccessContent(RandomAccessMode.READ), name);
      }
      return new StreamReadChannel(file, name);
    }
    if (fileSystem.has(Capability.RANDOM_ACCESS_WRITE)) {
      if (!exists) {
        file.createFile();
      }
      RandomAccessChannel channel =
          RandomAccessChannel.readWrite(
              file.getContent().getRandomAccessContent(RandomAccessMode.READWRITE),
              name,
              read,
              append,
              fileSystem.has(Capability.RANDOM_ACCESS_SET_LENGTH));
      if (truncate) {
        channel.truncate(0);
      }
      return channel;
    }
    return openStreamWrite(file, name, exists);
  }

  private SeekableByteChannel openStreamWrite(FileObject file, String name, boolean exists)
      throws IOException {
    String scheme = fileSystem.store().type();
    if (read) {
      // Access denied rather than unsupported: callers that want read access only in case the
      // file allows it (wasi4j opens every file readable if it can) then open it write-only.
      throw new AccessDeniedException(
          name, null, scheme + " cannot read and write through one channel");
    }
    long size = exists ? file.getContent().getSize() : 0;
    if (size > 0 && !truncate && !append) {
      return StreamWriteChannel.deferred(file, name, size);
    }
    return StreamWriteChannel.open(file, name, append ? size : 0);
  }
}

package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The entries of one VFS folder, listed when the stream is opened (VFS lists a folder in one call)
 * and filtered as they are iterated. Entries are the directory path resolved with each child's
 * name, so a relative directory gives relative entries, as on the default file system.
 */
final class VfsDirectoryStream implements DirectoryStream<Path> {
  private final VfsPath directory;
  private final List<String> names;
  private final Filter<? super Path> filter;
  private boolean open = true;
  private boolean iterated;

  VfsDirectoryStream(VfsPath directory, List<String> names, Filter<? super Path> filter) {
    this.directory = directory;
    this.names = names;
    this.filter = filter;
  }

  @Override
  public synchronized Iterator<Path> iterator() {
    if (!open) {
      throw new IllegalStateException("directory stream closed");
    }
    if (iterated) {
      throw new IllegalStateException("directory stream already iterated");
    }
    iterated = true;
    return new Entries();
  }

  @Override
  public synchronized void close() {
    open = false;
  }

  private synchronized boolean isOpen() {
    return open;
  }

  /** Walks the names, skipping those the filter rejects; ends early once the stream is closed. */
  private final class Entries implements Iterator<Path> {
    private int index;
    private Path next;

    @Override
    public boolean hasNext() {
      while (next == null && index < names.size() && isOpen()) {
        Path candidate = directory.resolve(names.get(index++));
        try {
          if (filter == null || filter.accept(candidate)) {
            next = candidate;
          }
        } catch (IOException e) {
          throw new DirectoryIteratorException(e);
        }
      }
      return next != null;
    }

    @Override
    public Path next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Path result = next;
      next = null;
      return result;
    }
  }
}

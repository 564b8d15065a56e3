package dev.wasi4j.fs.vfs;

import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * The directory stream of a scheme that cannot list directories (http, https). Opening it succeeds,
 * so that code which opens a directory only to learn what kind of stream it gets still works;
 * iterating it throws {@link UnsupportedOperationException}.
 */
final class UnlistableDirectoryStream implements DirectoryStream<Path> {
  private final String reason;
  private boolean open = true;

  UnlistableDirectoryStream(String reason) {
    this.reason = reason;
  }

  @Override
  public synchronized Iterator<Path> iterator() {
    if (!open) {
      throw new IllegalStateException("directory stream closed");
    }
    throw new UnsupportedOperationException(reason);
  }

  @Override
  public synchronized void close() {
    open = false;
  }
}

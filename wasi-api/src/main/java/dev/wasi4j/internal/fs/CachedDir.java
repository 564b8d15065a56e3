package dev.wasi4j.internal.fs;

import java.io.IOException;
import java.nio.file.OpenOption;
import java.util.List;
import java.util.Set;

/**
 * A {@link Dir} held by a {@link DirCache}: closing it ends one use; the directory itself closes
 * when the cache has let it go and no use remains.
 */
final class CachedDir implements Dir {
  private final Dir dir;
  private final long dev;
  private final long ino;
  private int users;
  private boolean retired;

  CachedDir(Dir dir, long dev, long ino) {
    this.dir = dir;
    this.dev = dev;
    this.ino = ino;
  }

  long dev() {
    return dev;
  }

  long ino() {
    return ino;
  }

  /** Starts one use. */
  CachedDir lease() {
    users++;
    return this;
  }

  /** The cache no longer holds this directory: it closes now, or when its last use ends. */
  void retire() throws IOException {
    retired = true;
    if (users == 0) {
      dir.close();
    }
  }

  /** Ends one use. */
  @Override
  public void close() throws IOException {
    if (--users == 0 && retired) {
      dir.close();
    }
  }

  @Override
  public Dir openDirectory(String name) throws IOException {
    return dir.openDirectory(name);
  }

  @Override
  public OpenFile openFile(String name, Set<OpenOption> options) throws IOException {
    return dir.openFile(name, options);
  }

  @Override
  public FileStat stat(String name) throws IOException {
    return dir.stat(name);
  }

  @Override
  public String readSymlink(String name) throws IOException {
    return dir.readSymlink(name);
  }

  @Override
  public void createDirectory(String name) throws IOException {
    dir.createDirectory(name);
  }

  @Override
  public void createSymlink(String name, String target) throws IOException {
    dir.createSymlink(name, target);
  }

  @Override
  public void createLink(String name, Dir existingDir, String existingName) throws IOException {
    dir.createLink(name, existingDir, existingName);
  }

  @Override
  public void deleteFile(String name) throws IOException {
    dir.deleteFile(name);
  }

  @Override
  public void deleteDirectory(String name) throws IOException {
    dir.deleteDirectory(name);
  }

  @Override
  public void rename(String name, Dir targetDir, String targetName) throws IOException {
    dir.rename(name, targetDir, targetName);
  }

  @Override
  public void setTimes(String name, TimeUpdate atime, TimeUpdate mtime) throws IOException {
    dir.setTimes(name, atime, mtime);
  }

  @Override
  public void sync() throws IOException {
    dir.sync();
  }

  @Override
  public List<String> list() throws IOException {
    return dir.list();
  }

  /** The directory behind a cached one, for the two-directory calls of the implementations. */
  static Dir unwrap(Dir dir) {
    return dir instanceof CachedDir ? ((CachedDir) dir).dir : dir;
  }

  @Override
  public String toString() {
    return dir.toString();
  }
}

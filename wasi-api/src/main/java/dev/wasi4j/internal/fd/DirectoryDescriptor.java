package dev.wasi4j.internal.fd;

import dev.wasi4j.internal.abi.FileType;
import dev.wasi4j.internal.fs.Dir;
import dev.wasi4j.internal.fs.DirCache;
import dev.wasi4j.internal.fs.FileStat;
import dev.wasi4j.internal.fs.Resolution;
import dev.wasi4j.internal.fs.Resolver;
import dev.wasi4j.internal.fs.Resolver.FinalLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import dev.wasi4j.internal.fs.TimeUpdate;
import java.util.ArrayList;
import java.util.List;

/**
 * An open directory: a {@link Dir} capability that path calls start from, its name when it is a
 * preopen, and the listing {@code fd_readdir} pages through.
 */
public final class DirectoryDescriptor extends Descriptor {
  /** One {@code fd_readdir} entry; its cookie is its index in the listing plus one. */
  public record Entry(byte[] name, long ino, byte fileType) {}

  private final Dir dir;
  private final DirCache cache = new DirCache();
  private final String preopenName;
  private final long parentIno;
  private List<Entry> listing;

  /**
   * @param preopenName the guest path of a preopen, or {@code null} for a directory the guest opened
   * @param parentIno the inode reported for {@code ".."}; a sandbox root reports its own
   */
  public DirectoryDescriptor(
      Dir dir, String preopenName, long parentIno, long rightsBase, long rightsInheriting) {
    super(rightsBase, rightsInheriting, 0);
    this.dir = dir;
    this.preopenName = preopenName;
    this.parentIno = parentIno;
  }

  /** Resolves a guest path relative to this directory, through the sandbox's {@link Resolver}. */
  public Resolution resolve(String path, FinalLink finalLink) throws IOException {
    return Resolver.resolve(dir, parentIno, path, finalLink, cache);
  }

  /** The preopen's guest path, or {@code null} when the guest opened this directory itself. */
  public String preopenName() {
    return preopenName;
  }

  @Override
  public byte fileType() {
    return FileType.DIRECTORY;
  }

  @Override
  public FileStat stat() throws IOException {
    return dir.stat(".");
  }

  @Override
  public void setTimes(TimeUpdate atime, TimeUpdate mtime) throws IOException {
    dir.setTimes(".", atime, mtime);
  }

  @Override
  public void sync() throws IOException {
    dir.sync();
  }

  @Override
  public void datasync() throws IOException {
    dir.sync();
  }

  /**
   * The entries from {@code cookie} on. Cookie 0 takes a fresh listing (as {@code rewinddir} does);
   * other cookies index the listing taken then, so they stay valid across calls.
   */
  public List<Entry> entries(long cookie) throws IOException {
    if (cookie == 0 || listing == null) {
      listing = list();
    }
    if (Long.compareUnsigned(cookie, listing.size()) >= 0) {
      return List.of(); // past the end; the cookie is a u64, so 2^63 and above are too
    }
    return listing.subList((int) cookie, listing.size());
  }

  private List<Entry> list() throws IOException {
    List<Entry> entries = new ArrayList<>();
    FileStat self = dir.stat(".");
    entries.add(new Entry(new byte[] {'.'}, self.ino(), FileType.DIRECTORY));
    entries.add(new Entry(new byte[] {'.', '.'}, parentIno, FileType.DIRECTORY));
    for (String name : dir.list()) {
      try {
        FileStat stat = dir.stat(name);
        entries.add(new Entry(name.getBytes(StandardCharsets.UTF_8), stat.ino(), stat.fileType()));
      } catch (NoSuchFileException e) {
        // removed between listing and stat: it is no longer an entry
      }
    }
    return entries;
  }

  @Override
  public void close() throws IOException {
    try (Dir self = dir) {
      cache.close();
    }
  }
}

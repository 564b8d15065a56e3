package dev.wasi4j.fs.vfs;

import java.io.IOException;
import org.apache.commons.vfs2.FileObject;
import org.apache.commons.vfs2.FileType;

/**
 * What may be done with one existing file of a mount, as VFS reports it: readable and executable
 * come from VFS (from permission bits on local and sftp, always readable and never executable on
 * the others); writable also needs a writable mount. A directory counts as executable (searchable)
 * when it is readable, since most schemes have no search permission to report.
 */
record Access(boolean readable, boolean writable, boolean executable) {

  static Access of(Node node) throws IOException {
    boolean directory = node.existingType() == FileType.FOLDER;
    VfsFileSystem fileSystem = node.path().getFileSystem();
    FileObject file = node.file();
    return VfsErrors.translating(
        node.path(),
        () -> {
          boolean readable = file.isReadable();
          boolean writable = !fileSystem.isReadOnly() && file.isWriteable();
          boolean executable = directory ? readable : file.isExecutable();
          return new Access(readable, writable, executable);
        });
  }
}

package dev.wasi4j.fs.vfs;

/**
 * What {@link java.nio.file.attribute.BasicFileAttributes#fileKey()} returns for a VFS file: the
 * mount's device number and the file's synthesized inode number, equal exactly when two paths name
 * the same file.
 */
record VfsFileKey(long dev, long ino) {}

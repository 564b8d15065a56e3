package dev.wasi4j.internal.fs;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.OpenOption;
import java.util.List;
import java.util.Set;

/**
 * A directory capability, after cap-std's {@code Dir}: an open directory whose operations each name
 * one entry of it. A name is a single path component — never empty, never containing {@code '/'},
 * never {@code ".."} — or {@code "."} for the directory itself. Nothing here follows a symbolic link:
 * the {@link Resolver} expands links itself, inside the sandbox, and is the only caller.
 *
 * <p>Failures are java.nio exceptions; {@link IoErrors} maps them to errnos.
 */
public interface Dir extends Closeable {

  /** Opens the subdirectory {@code name}; fails if it is not a directory (a symlink is not). */
  Dir openDirectory(String name) throws IOException;

  /** Opens (or creates, per {@code options}) the file {@code name}, never through a symlink. */
  OpenFile openFile(String name, Set<OpenOption> options) throws IOException;

  /** The attributes of {@code name} itself (a symlink reports as a symlink). */
  FileStat stat(String name) throws IOException;

  /** The target of the symlink {@code name}, as stored. */
  String readSymlink(String name) throws IOException;

  void createDirectory(String name) throws IOException;

  /** Creates the symlink {@code name} with the given target text, which is not interpreted. */
  void createSymlink(String name, String target) throws IOException;

  /** Creates {@code name} as a new hard link to {@code existingName} in {@code existingDir}. */
  void createLink(String name, Dir existingDir, String existingName) throws IOException;

  /** Removes the non-directory entry {@code name}. */
  void deleteFile(String name) throws IOException;

  /** Removes the empty directory {@code name}. */
  void deleteDirectory(String name) throws IOException;

  /** Renames {@code name} to {@code targetName} in {@code targetDir}, replacing what is there. */
  void rename(String name, Dir targetDir, String targetName) throws IOException;

  /** Sets the times of {@code name} (not following a symlink); {@code null} leaves one unchanged. */
  void setTimes(String name, TimeUpdate atime, TimeUpdate mtime) throws IOException;

  /** Forces the directory's own metadata to storage where the provider can. */
  void sync() throws IOException;

  /** The names in this directory, without {@code "."} and {@code ".."}. */
  List<String> list() throws IOException;
}

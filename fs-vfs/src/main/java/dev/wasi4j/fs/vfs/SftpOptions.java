package dev.wasi4j.fs.vfs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.apache.commons.vfs2.FileSystemException;
import org.apache.commons.vfs2.FileSystemOptions;
import org.apache.commons.vfs2.auth.StaticUserAuthenticator;
import org.apache.commons.vfs2.impl.DefaultFileSystemConfigBuilder;
import org.apache.commons.vfs2.provider.sftp.IdentityInfo;
import org.apache.commons.vfs2.provider.sftp.SftpFileSystemConfigBuilder;

/**
 * How {@link VfsMounts#sftp} logs in: a user, a password and/or a private key, and how the server
 * is recognized. Immutable; each {@code with...} method returns a changed copy.
 *
 * <p>The server's host key is checked by default, against {@code ~/.ssh/known_hosts} or the file
 * given to {@link #withKnownHosts}; an unknown or changed key fails the mount. {@link
 * #withoutHostKeyChecking()} turns the check off, which lets anyone on the network path pose as the
 * server: only for throwaway test servers.
 */
public final class SftpOptions {
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final String user;
  private final char[] password;
  private final Path privateKey;
  private final char[] passphrase;
  private final Path knownHosts;
  private final boolean checkHostKey;
  private final Duration connectTimeout;

  private SftpOptions(
      String user,
      char[] password,
      Path privateKey,
      char[] passphrase,
      Path knownHosts,
      boolean checkHostKey,
      Duration connectTimeout) {
    this.user = user;
    this.password = password;
    this.privateKey = privateKey;
    this.passphrase = passphrase;
    this.knownHosts = knownHosts;
    this.checkHostKey = checkHostKey;
    this.connectTimeout = connectTimeout;
  }

  /** Logs in as {@code user}; add a password, a key, or both. */
  public static SftpOptions user(String user) {
    Objects.requireNonNull(user, "user");
    return new SftpOptions(user, null, null, null, null, true, DEFAULT_TIMEOUT);
  }

  /** Also offers this password (copied). */
  public SftpOptions withPassword(char[] password) {
    return new SftpOptions(
        user, password.clone(), privateKey, passphrase, knownHosts, checkHostKey, connectTimeout);
  }

  /** Also offers this private key (OpenSSH or PEM file); {@code passphrase} may be null. */
  public SftpOptions withPrivateKey(Path privateKey, char[] passphrase) {
    Objects.requireNonNull(privateKey, "privateKey");
    return new SftpOptions(
        user,
        password,
        privateKey,
        passphrase == null ? null : passphrase.clone(),
        knownHosts,
        checkHostKey,
        connectTimeout);
  }

  /** Checks the server's host key against this known_hosts file. */
  public SftpOptions withKnownHosts(Path knownHosts) {
    Objects.requireNonNull(knownHosts, "knownHosts");
    return new SftpOptions(
        user, password, privateKey, passphrase, knownHosts, true, connectTimeout);
  }

  /** Accepts any host key. Unsafe outside tests: see the class comment. */
  public SftpOptions withoutHostKeyChecking() {
    return new SftpOptions(user, password, privateKey, passphrase, null, false, connectTimeout);
  }

  /** How long connecting, logging in and opening the SFTP channel may take; 10 s by default. */
  public SftpOptions withConnectTimeout(Duration connectTimeout) {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    return new SftpOptions(
        user, password, privateKey, passphrase, knownHosts, checkHostKey, connectTimeout);
  }

  String user() {
    return user;
  }

  boolean hasPassword() {
    return password != null;
  }

  /** These options in VFS's form. */
  FileSystemOptions toVfsOptions() throws FileSystemException {
    FileSystemOptions options = new FileSystemOptions();
    SftpFileSystemConfigBuilder sftp = SftpFileSystemConfigBuilder.getInstance();
    secureDefaults(options);
    if (password != null) {
      DefaultFileSystemConfigBuilder.getInstance()
          .setUserAuthenticator(
              options, new StaticUserAuthenticator(null, user, new String(password)));
    }
    if (privateKey != null) {
      byte[] phrase =
          passphrase == null ? null : new String(passphrase).getBytes(StandardCharsets.UTF_8);
      sftp.setIdentityProvider(options, new IdentityInfo(privateKey.toFile(), phrase));
    }
    if (knownHosts != null) {
      if (!Files.isRegularFile(knownHosts)) {
        throw new FileSystemException("known hosts file not found: " + knownHosts);
      }
      sftp.setKnownHosts(options, knownHosts.toFile());
    }
    sftp.setStrictHostKeyChecking(options, checkHostKey ? "yes" : "no");
    sftp.setConnectTimeout(options, connectTimeout);
    return options;
  }

  /**
   * The SFTP settings every wasi4j mount uses unless told otherwise: check host keys, read URI
   * paths from the server's root rather than the user's home, and never run commands on the server
   * (VFS would otherwise run {@code id -u} over an exec channel to learn the user's id).
   */
  static void secureDefaults(FileSystemOptions options) throws FileSystemException {
    SftpFileSystemConfigBuilder sftp = SftpFileSystemConfigBuilder.getInstance();
    sftp.setStrictHostKeyChecking(options, "yes");
    sftp.setUserDirIsRoot(options, false);
    sftp.setDisableDetectExecChannel(options, true);
    sftp.setConnectTimeout(options, DEFAULT_TIMEOUT);
  }

  @Override
  public String toString() {
    return "SftpOptions[user="
        + user
        + (password != null ? ", password=***" : "")
        + (privateKey != null ? ", privateKey=" + privateKey : "")
        + (checkHostKey
            ? ", knownHosts=" + (knownHosts == null ? "~/.ssh/known_hosts" : knownHosts)
            : ", no host key checking")
        + "]";
  }
}

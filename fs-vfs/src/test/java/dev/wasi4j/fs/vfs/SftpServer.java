package dev.wasi4j.fs.vfs;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server for tests: Apache MINA SSHD on 127.0.0.1, an ephemeral port, serving {@code
 * home} as its root. User {@link #USER} logs in with {@link #PASSWORD} or with the client key pair
 * this server generates.
 */
final class SftpServer implements AutoCloseable {
  static final String USER = "alice";
  static final String PASSWORD = "s3cret-pw";

  private final SshServer sshd;
  private final SimpleGeneratorHostKeyProvider hostKeys;
  private final KeyPair clientKeys;

  SftpServer(Path home, Path hostKeyFile) throws IOException, GeneralSecurityException {
    clientKeys = generateKeyPair();
    hostKeys = new SimpleGeneratorHostKeyProvider(hostKeyFile);
    hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
    sshd = SshServer.setUpDefaultServer();
    sshd.setHost("127.0.0.1");
    sshd.setPort(0);
    sshd.setKeyPairProvider(hostKeys);
    sshd.setPasswordAuthenticator(
        (user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
    sshd.setPublickeyAuthenticator(
        (user, key, session) ->
            USER.equals(user) && KeyUtils.compareKeys(key, clientKeys.getPublic()));
    sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    sshd.setFileSystemFactory(new VirtualFileSystemFactory(home));
    sshd.start();
  }

  static KeyPair generateKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    return generator.generateKeyPair();
  }

  int port() {
    return sshd.getPort();
  }

  /** {@code sftp://alice@127.0.0.1:<port><path>}. */
  URI uri(String path) {
    return URI.create("sftp://" + USER + "@127.0.0.1:" + port() + path);
  }

  /** Options that log in as {@link #USER} with {@link #PASSWORD}, checking this server's key. */
  SftpOptions passwordLogin(Path knownHostsFile) throws IOException, GeneralSecurityException {
    return SftpOptions.user(USER)
        .withPassword(PASSWORD.toCharArray())
        .withKnownHosts(knownHosts(knownHostsFile));
  }

  KeyPair clientKeys() {
    return clientKeys;
  }

  /** Writes a known_hosts file that names this server with {@code key}. */
  Path knownHosts(Path file, PublicKey key) throws IOException {
    return Files.writeString(
        file, "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(key) + "\n");
  }

  /** Writes a known_hosts file that names this server with its real host key. */
  Path knownHosts(Path file) throws IOException, GeneralSecurityException {
    return knownHosts(file, hostKeys.loadKeys(null).iterator().next().getPublic());
  }

  @Override
  public void close() throws IOException {
    sshd.stop(true);
  }
}

package dev.wasi4j.fs.vfs;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import org.apache.commons.vfs2.CacheStrategy;
import org.apache.commons.vfs2.FileSystemException;
import org.apache.commons.vfs2.impl.StandardFileSystemManager;
import org.apache.commons.vfs2.provider.http5.Http5FileNameParser;
import org.apache.commons.vfs2.provider.http5s.Http5sFileNameParser;
import org.apache.hc.core5.ssl.SSLContexts;

/**
 * Builds the VFS file system manager each mount gets: VFS's standard providers, with two changes.
 * Files are refreshed on every resolution ({@link CacheStrategy#ON_RESOLVE}), so a mount sees
 * changes made behind its back (on the SFTP server, on disk) instead of VFS's cached view; and the
 * HTTP schemes check server certificates ({@link VerifyingHttpProvider}).
 */
final class VfsManagers {
  private VfsManagers() {}

  /**
   * A new, initialized manager; the caller closes it.
   *
   * @param trusted the certificates HTTPS servers must chain to, or null for the JVM's default
   *     trust store
   */
  static StandardFileSystemManager open(KeyStore trusted) throws FileSystemException {
    StandardFileSystemManager manager = new StandardFileSystemManager();
    try {
      manager.setCacheStrategy(CacheStrategy.ON_RESOLVE);
      manager.init();
      SSLContext tls = tls(trusted);
      replace(
          manager,
          new VerifyingHttpProvider(Http5FileNameParser.getInstance(), tls),
          "http",
          "http5");
      replace(
          manager,
          new VerifyingHttpProvider(Http5sFileNameParser.getInstance(), tls),
          "https",
          "http5s");
      return manager;
    } catch (FileSystemException | RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  private static SSLContext tls(KeyStore trusted) throws FileSystemException {
    if (trusted == null) {
      return SSLContexts.createSystemDefault();
    }
    try {
      return SSLContexts.custom().loadTrustMaterial(trusted, null).build();
    } catch (GeneralSecurityException e) {
      throw new FileSystemException("cannot use the given trust store", e);
    }
  }

  private static void replace(
      StandardFileSystemManager manager, VerifyingHttpProvider provider, String... schemes)
      throws FileSystemException {
    for (String scheme : schemes) {
      manager.removeProvider(scheme);
    }
    manager.addProvider(schemes, provider);
  }
}

package dev.wasi4j.fs.vfs;

import javax.net.ssl.SSLContext;
import org.apache.commons.vfs2.FileSystemOptions;
import org.apache.commons.vfs2.provider.FileNameParser;
import org.apache.commons.vfs2.provider.http5.Http5FileProvider;
import org.apache.commons.vfs2.provider.http5.Http5FileSystemConfigBuilder;

/**
 * VFS's HttpClient 5 provider, but checking server certificates. VFS 2.10 builds its TLS context
 * with a trust-all strategy, even when a keystore is configured, so any certificate would do; this
 * provider uses a TLS context that trusts what the mount was told to trust. It serves the https
 * schemes, and the http ones too, since a redirect can lead an http mount to https. (VFS's own
 * keystore settings in {@link Http5FileSystemConfigBuilder} are therefore not used.)
 */
final class VerifyingHttpProvider extends Http5FileProvider {
  private final SSLContext tls;

  /**
   * @param names VFS's http or https name parser, which knows the scheme's default port
   * @param tls the TLS context for every connection, with the trust the mount asked for
   */
  VerifyingHttpProvider(FileNameParser names, SSLContext tls) {
    this.tls = tls;
    setFileNameParser(names);
  }

  @Override
  protected SSLContext createSSLContext(
      Http5FileSystemConfigBuilder builder, FileSystemOptions options) {
    return tls;
  }
}

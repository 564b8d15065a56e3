package dev.wasi4j.fs.vfs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.Mount;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The https scheme against a real HTTPS server with a self-signed certificate. VFS 2.10 on its own
 * trusts any certificate; the mount must refuse this one unless told to trust it.
 */
class HttpsMountTest {
  @TempDir static Path keys;
  private static SelfSignedCertificate certificate;

  @TempDir Path temp;
  @AutoClose final OpenMounts mounts = new OpenMounts();
  private StaticHttpServer server;

  @BeforeAll
  static void makeCertificate() throws Exception {
    certificate = SelfSignedCertificate.generate(keys);
  }

  @BeforeEach
  void startServer() throws Exception {
    Path documents = Files.createDirectories(temp.resolve("www"));
    SampleTree.writeTo(documents.resolve("tree"));
    SampleTree.writeZip(documents.resolve("tree.zip"));
    server = new StaticHttpServer(documents, certificate.serverContext());
  }

  @AfterEach
  void stopServer() throws IOException {
    mounts.close();
    server.close();
  }

  @Test
  void trustedCertificateMounts() throws Exception {
    Mount mount = mounts.track(VfsMounts.http(server.uri("/tree/"), certificate.trustStore()));
    assertTrue(mount.isReadOnly());
    assertEquals(
        SampleTree.FILES.get("données/日本.txt"),
        Files.readString(mount.root().resolve("données/日本.txt"), UTF_8));
  }

  @Test
  void untrustedCertificateFailsAtMountTime() {
    URI uri = server.uri("/tree/");
    IOException e = assertThrows(IOException.class, () -> VfsMounts.http(uri));
    assertTrue(e.getMessage().contains(uri.toString()), e.getMessage());
    assertTrue(e.getCause() instanceof SSLException, String.valueOf(e.getCause()));
    String zipOverHttps = "zip:" + server.uri("/tree.zip") + "!/";
    IOException layered = assertThrows(IOException.class, () -> VfsMounts.uri(zipOverHttps));
    assertTrue(layered.getCause() instanceof SSLException, String.valueOf(layered.getCause()));
  }

  @Test
  void certificateForAnotherHostFailsAtMountTime() throws Exception {
    URI byName = URI.create(server.uri("/tree/").toString().replace("127.0.0.1", "localhost"));
    IOException e =
        assertThrows(IOException.class, () -> VfsMounts.http(byName, certificate.trustStore()));
    assertTrue(e.getMessage().contains("localhost"), e.getMessage());
  }
}

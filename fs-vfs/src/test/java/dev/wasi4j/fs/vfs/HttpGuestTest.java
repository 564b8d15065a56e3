package dev.wasi4j.fs.vfs;

import static dev.wasi4j.fs.vfs.VfsTool.command;
import static dev.wasi4j.fs.vfs.VfsTool.error;
import static dev.wasi4j.internal.abi.Errno.ENOENT;
import static dev.wasi4j.internal.abi.Errno.ENOTCAPABLE;
import static dev.wasi4j.internal.abi.Errno.ENOTDIR;
import static dev.wasi4j.internal.abi.Errno.ENOTSUP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasi4j.Engine;
import dev.wasi4j.Mount;
import dev.wasi4j.fs.vfs.VfsTool.Outcome;
import dev.wasi4j.testing.BothEngines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guest on http mounts served by the JDK's HTTP server on loopback: it copies the files under
 * each root, named by the test since VFS cannot list over http, to a disk mount, which the test
 * compares byte for byte; a zip served over http mounts as a tree the guest lists and copies.
 */
class HttpGuestTest {
  @TempDir Path temp;
  @AutoClose final OpenMounts mounts = new OpenMounts();
  private Path documents;
  private Path local;
  private StaticHttpServer server;

  @BeforeEach
  void startServer() throws IOException {
    documents = Files.createDirectories(temp.resolve("www"));
    local = Files.createDirectories(temp.resolve("local"));
    SampleTree.writeTo(documents.resolve("tree"), SampleTree.BINARY_FILES);
    SampleTree.writeZip(documents.resolve("tree.zip"), SampleTree.BINARY_FILES);
    server = new StaticHttpServer(documents);
  }

  @AfterEach
  void stopServer() throws IOException {
    // Clients first, then the server they talk to.
    mounts.close();
    server.close();
  }

  /**
   * Only an http mount's root is a directory (VFS calls every URL that answers a file), and a guest
   * resolves a path one directory at a time, so it can open only the files right under a root: the
   * test mounts each directory of the tree that holds files, and the guest copies every file from
   * there.
   */
  @BothEngines
  void guestReadsTheFilesUnderTheRoot(Engine engine) throws IOException {
    Map<String, byte[]> files = SampleTree.files(SampleTree.BINARY_FILES);
    // The copies go to the same relative paths, in directories the test makes.
    for (String dir : SampleTree.directories(files.keySet())) {
      Files.createDirectories(local.resolve(dir));
    }
    Map<String, Mount> preopens = new LinkedHashMap<>();
    preopens.put("/local", Mount.of(local));
    List<String> commands = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String name = file.getKey();
      int slash = name.lastIndexOf('/');
      String parent = "/tree/" + name.substring(0, slash + 1);
      String guestDir = "/http-" + parent.replace('/', '_');
      if (!preopens.containsKey(guestDir)) {
        preopens.put(guestDir, mounts.track(VfsMounts.http(server.uri(parent))));
      }
      commands.add(command("copy", guestDir + "/" + name.substring(slash + 1), "/local/" + name));
      expected.add("OK " + file.getValue().length);
    }
    String root = "/http-_tree_";
    commands.add(command("list", root));
    expected.add(error(ENOTSUP, "opendir"));
    commands.add(command("hash", root + "/nested/a/sibling.txt"));
    expected.add(error(ENOTDIR, "open"));
    commands.add(command("hash", root + "/missing.txt"));
    expected.add(error(ENOENT, "open"));
    commands.add(command("write", root + "/top.txt", "x"));
    expected.add(error(ENOTCAPABLE, "open"));

    List<Outcome> outcomes = VfsTool.run(engine, preopens, commands.toArray(String[]::new));

    assertEquals(expected, VfsTool.statuses(outcomes));
    SampleTree.assertMatches(local, SampleTree.BINARY_FILES);
  }

  @BothEngines
  void zipServedOverHttpIsATreeTheGuestLists(Engine engine) throws IOException {
    Mount zip = mounts.track(VfsMounts.uri("zip:" + server.uri("/tree.zip") + "!/"));
    Outcome mirror =
        VfsTool.run(
                engine,
                Map.of("/zip", zip, "/local", Mount.of(local)),
                command("mirror", "/zip", "/local"))
            .get(0);
    assertEquals("OK", mirror.status());
    assertEquals(VfsTool.listingOf(SampleTree.BINARY_FILES, true), mirror.sortedEntries());
    SampleTree.assertMatches(local, SampleTree.BINARY_FILES);
  }
}

package dev.wasi4j.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dir} on each backend, and the guest's bytes through standard streams. */
class DirectoryTest {
  private static final String FILES = Cli.guest("files");

  @TempDir Path host;

  @Test
  void servesADirectoryFromDiskUnderTheGuestPathGiven() throws IOException {
    Cli.Result result =
        Cli.run(
            "run", "--dir", host + "::/data", FILES, "write", "/data/out.txt", "from the guest");

    assertEquals(0, result.exitCode(), result::toString);
    assertEquals("from the guest", Files.readString(host.resolve("out.txt")));
  }

  @Test
  void preopensADirectoryWithoutGuestPathUnderItsHostPath() throws IOException {
    Cli.Result result =
        Cli.run("run", "--dir", host.toString(), FILES, "write", host + "/out.txt", "same path");

    assertEquals(0, result.exitCode(), result::toString);
    assertEquals("same path", Files.readString(host.resolve("out.txt")));
  }

  @Test
  void readsFromDiskWhatTheHostWrote() throws IOException {
    Files.writeString(host.resolve("in.txt"), "from the host");

    Cli.Result result = Cli.run("run", "--dir", host + "::/", FILES, "cat", "/in.txt");

    assertEquals(0, result.exitCode(), result::toString);
    assertEquals("from the host", result.stdout());
  }

  @Test
  void memoryBackendShowsTheHostContentButKeepsTheGuestsChanges() throws IOException {
    Files.writeString(host.resolve("in.txt"), "from the host");

    Cli.Result read =
        Cli.run(
            "run", "--backend", "memory", "--dir", host + "::/data", FILES, "cat", "/data/in.txt");
    Cli.Result overwrite =
        Cli.run(
            "run",
            "--backend",
            "memory",
            "--dir",
            host + "::/data",
            FILES,
            "write",
            "/data/in.txt",
            "changed");
    Cli.Result create =
        Cli.run(
            "run",
            "--backend=MEMORY",
            "--dir",
            host + "::/data",
            FILES,
            "write",
            "/data/new.txt",
            "new");

    assertEquals("from the host", read.stdout(), read::toString);
    assertEquals(0, overwrite.exitCode(), overwrite::toString);
    assertEquals(0, create.exitCode(), create::toString);
    assertEquals("from the host", Files.readString(host.resolve("in.txt")));
    assertFalse(Files.exists(host.resolve("new.txt")));
  }

  @Test
  void passesFileBytesToStandardOutputUnchanged() throws IOException {
    byte[] everyByte = new byte[3 * 256 + 17];
    for (int i = 0; i < everyByte.length; i++) {
      everyByte[i] = (byte) i;
    }
    Files.write(host.resolve("bytes.bin"), everyByte);

    Cli.Result result = Cli.run("run", "--dir", host + "::/", FILES, "cat", "/bytes.bin");

    assertEquals(0, result.exitCode(), result::toString);
    assertArrayEquals(everyByte, result.stdoutBytes());
  }

  @Test
  void passesStandardInputToTheGuestUnchanged() {
    byte[] input = "line 1\r\nline 2\n\0\u00ff".getBytes(UTF_8);

    Cli.Result result = Cli.runWithStdin(input, "run", FILES, "cat");

    assertEquals(0, result.exitCode(), result::toString);
    assertArrayEquals(input, result.stdoutBytes());
  }

  @Test
  void guestSeesNoDirectoryThatWasNotPreopened() throws IOException {
    Files.writeString(host.resolve("in.txt"), "secret");

    Cli.Result result = Cli.run("run", FILES, "cat", host + "/in.txt");

    assertEquals(1, result.exitCode(), result::toString);
    assertEquals("", result.stdout());
    assertEquals(
        "files: cannot open " + host + "/in.txt: Capabilities insufficient\n", result.stderr());
  }
}

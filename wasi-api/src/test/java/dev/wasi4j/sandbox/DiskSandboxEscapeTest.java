package dev.wasi4j.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The escape corpus on the host disk (JDK secure directory streams and /proc/self/fd). */
class DiskSandboxEscapeTest extends SandboxEscapeContract {
  @TempDir Path temp;

  @Override
  protected Layout newLayout() throws IOException {
    return Layout.onDisk(temp);
  }
}

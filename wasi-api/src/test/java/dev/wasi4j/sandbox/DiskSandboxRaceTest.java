package dev.wasi4j.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The swap race on the host disk. */
class DiskSandboxRaceTest extends SandboxRaceContract {
  @TempDir Path temp;

  @Override
  protected Layout newLayout() throws IOException {
    return Layout.onDisk(temp);
  }
}

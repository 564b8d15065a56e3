package dev.wasi4j.fs.memory;

import dev.wasi4j.sandbox.Layout;
import dev.wasi4j.sandbox.SandboxRaceContract;
import java.io.IOException;

/** The swap race in memory: fs-memory's Jimfs extensions keep mkdir, symlink and link relative. */
class MemorySandboxRaceTest extends SandboxRaceContract {
  @Override
  protected Layout newLayout() throws IOException {
    return Layout.inJimfs(MemoryMounts.configuration());
  }
}

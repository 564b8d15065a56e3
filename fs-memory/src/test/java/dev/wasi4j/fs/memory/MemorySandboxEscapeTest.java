package dev.wasi4j.fs.memory;

import dev.wasi4j.sandbox.Layout;
import dev.wasi4j.sandbox.SandboxEscapeContract;
import java.io.IOException;

/** The escape corpus in memory, on fs-memory's Jimfs configuration and extensions. */
class MemorySandboxEscapeTest extends SandboxEscapeContract {
  @Override
  protected Layout newLayout() throws IOException {
    return Layout.inJimfs(MemoryMounts.configuration());
  }
}

package dev.wasi4j.sandbox;

import java.io.IOException;

/**
 * The escape corpus on a Jimfs file system without fs-memory's extensions, which exercises the
 * sandbox's fallback for providers it has no directory-relative extensions for (path operations
 * checked against the directory's identity).
 */
class JimfsFallbackSandboxEscapeTest extends SandboxEscapeContract {
  @Override
  protected Layout newLayout() throws IOException {
    return Layout.inJimfs(Layout.posixJimfs());
  }
}

package dev.wasi4j.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code wasi4j --version}: the version in the jar's manifest. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"wasi4j " + (version == null ? "(development build)" : version)};
  }
}

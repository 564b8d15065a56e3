package dev.wasi4j;

/** How Chicory executes the guest. */
public enum Engine {
  /** Chicory's interpreter: starts at once, runs slowest. */
  INTERPRETER,
  /** Chicory's compiler: translates the module to JVM bytecode first, then runs at JIT speed. */
  COMPILER
}

package dev.wasi4j;

import static dev.wasi4j.internal.abi.Errno.EBADF;
import static dev.wasi4j.internal.abi.Errno.ENOTCAPABLE;
import static dev.wasi4j.internal.abi.Errno.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.internal.abi.FileType;
import dev.wasi4j.internal.abi.Rights;
import dev.wasi4j.testing.BothEngines;
import dev.wasi4j.testing.SyscallProbe;
import dev.wasi4j.testing.SyscallProbe.Report;
import dev.wasi4j.testing.WasiRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rights as a guest sees and uses them: what {@code fd_fdstat_get} reports for stdio and preopens,
 * {@code fd_fdstat_set_rights} only narrowing, dropped rights refusing their calls with
 * ENOTCAPABLE, and a read-only mount refusing every write.
 */
class RightsTest {
  @TempDir Path sandbox;

  private WasiRunner runner(Engine engine, Mount mount) throws IOException {
    Files.writeString(sandbox.resolve("file"), "content");
    return WasiRunner.on(engine).with(b -> b.preopen("/sandbox", mount));
  }

  private WasiRunner runner(Engine engine) throws IOException {
    return runner(engine, Mount.of(sandbox));
  }

  private static String hex(long rights) {
    return "0x" + Long.toHexString(rights);
  }

  private static void assertErrnos(List<Report> reports, int... errnos) {
    assertEquals(errnos.length, reports.size(), reports::toString);
    for (int i = 0; i < errnos.length; i++) {
      assertEquals(errnos[i], reports.get(i).errno(), "step " + i + " in " + reports);
    }
  }

  @BothEngines
  void stdioAreCharacterDevicesWithStreamRights(Engine engine) {
    List<Report> r = SyscallProbe.run(WasiRunner.on(engine), "fdstat 0", "fdstat 1", "fdstat 2");
    assertErrnos(r, SUCCESS, SUCCESS, SUCCESS);
    for (Report fd : r) {
      assertEquals(FileType.CHARACTER_DEVICE, fd.number("type"));
      assertEquals(0, fd.number("flags"));
      assertEquals(0, fd.number("inh"), "stdio opens nothing");
    }
    long stdin = r.get(0).number("base");
    long stdout = r.get(1).number("base");
    assertEquals(Rights.STDIN, stdin);
    assertEquals(Rights.STDOUT, stdout);
    assertEquals(Rights.STDOUT, r.get(2).number("base"));
    assertTrue(Rights.contains(stdin, Rights.FD_READ | Rights.POLL_FD_READWRITE));
    assertFalse(Rights.contains(stdin, Rights.FD_WRITE));
    assertTrue(Rights.contains(stdout, Rights.FD_WRITE | Rights.POLL_FD_READWRITE));
    assertFalse(Rights.contains(stdout, Rights.FD_READ));
    assertEquals(0, stdout & (Rights.FD_SEEK | Rights.FD_TELL), "streams cannot seek");
  }

  @BothEngines
  void preopenIsADirectoryWithDirectoryRights(Engine engine) throws IOException {
    List<Report> r = SyscallProbe.run(runner(engine), "fdstat 3", "prestat 3", "fdstat 4", "prestat 4");
    assertErrnos(r, SUCCESS, SUCCESS, EBADF, EBADF);
    assertEquals(FileType.DIRECTORY, r.get(0).number("type"));
    assertEquals(Rights.DIRECTORY, r.get(0).number("base"));
    assertEquals(Rights.DIRECTORY | Rights.REGULAR_FILE, r.get(0).number("inh"));
    assertEquals(0, r.get(0).number("base") & (Rights.FD_READ | Rights.FD_WRITE), "a directory holds no data rights");
    assertEquals("/sandbox", r.get(1).text("name"));
    assertEquals(8, r.get(1).number("len"));
  }

  @BothEngines
  void openedFileGetsTheRequestedRights(Engine engine) throws IOException {
    long asked = Rights.FD_READ | Rights.FD_SEEK | Rights.FD_TELL;
    List<Report> r =
        SyscallProbe.run(runner(engine), "open 3 file 0 " + hex(asked) + " 0", "fdstat 4");
    assertErrnos(r, SUCCESS, SUCCESS);
    assertEquals(4, r.get(0).number("fd"));
    assertEquals(FileType.REGULAR_FILE, r.get(1).number("type"));
    assertEquals(asked, r.get(1).number("base"));
    assertEquals(0, r.get(1).number("inh"));
  }

  @BothEngines
  void setRightsOnlyNarrows(Engine engine) {
    long narrower = Rights.STDOUT & ~Rights.FD_WRITE;
    List<Report> r =
        SyscallProbe.run(
            WasiRunner.on(engine),
            "rights 1 " + hex(Rights.STDOUT) + " 0", // the same rights: allowed
            "rights 1 " + hex(Rights.STDOUT | Rights.FD_READ) + " 0", // a new base right
            "rights 1 " + hex(Rights.STDOUT) + " " + hex(Rights.FD_READ), // a new inheriting right
            "report 2",
            "rights 1 " + hex(narrower) + " 0",
            "rights 1 " + hex(Rights.STDOUT) + " 0", // taking back what was dropped
            "fdstat 1",
            "rights 9 0 0");
    assertErrnos(r, SUCCESS, ENOTCAPABLE, ENOTCAPABLE, SUCCESS, ENOTCAPABLE, SUCCESS, EBADF);
    assertEquals(narrower, r.get(5).number("base"));
  }

  @BothEngines
  void droppingWriteOnStdoutRefusesWrites(Engine engine) {
    var run =
        SyscallProbe.runStatus(
            WasiRunner.on(engine),
            "write 1 visible",
            "report 2",
            "rights 1 " + hex(Rights.STDOUT & ~Rights.FD_WRITE) + " 0",
            "write 1 invisible",
            "write 2 still-fine");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("visible0 n=7\n", run.stdout());
    assertErrnos(
        SyscallProbe.parse(run.stderr().replace("still-fine", "")), SUCCESS, ENOTCAPABLE, SUCCESS);
  }

  @BothEngines
  void droppingReadOnStdinRefusesReads(Engine engine) {
    List<Report> r =
        SyscallProbe.run(
            WasiRunner.on(engine).stdin("input"),
            "rights 0 " + hex(Rights.STDIN & ~Rights.FD_READ) + " 0",
            "read 0 5");
    assertErrnos(r, SUCCESS, ENOTCAPABLE);
  }

  @BothEngines
  void droppingPathOpenOnAPreopenRefusesOpens(Engine engine) throws IOException {
    List<Report> r =
        SyscallProbe.run(
            runner(engine),
            "open 3 file 0 0x2 0",
            "close 4",
            "rights 3 " + hex(Rights.DIRECTORY & ~Rights.PATH_OPEN) + " " + hex(Rights.DIRECTORY | Rights.REGULAR_FILE),
            "open 3 file 0 0x2 0",
            "mkdir 3 made"); // the rights it kept still work
    assertErrnos(r, SUCCESS, SUCCESS, SUCCESS, ENOTCAPABLE, SUCCESS);
    assertTrue(Files.isDirectory(sandbox.resolve("made")));
  }

  /** Inheriting rights bound what opens through the directory may ask for. */
  @BothEngines
  void droppingInheritedWriteRefusesOpeningForWriting(Engine engine) throws IOException {
    long noWrite = (Rights.DIRECTORY | Rights.REGULAR_FILE) & ~Rights.FD_WRITE;
    List<Report> r =
        SyscallProbe.run(
            runner(engine),
            "rights 3 " + hex(Rights.DIRECTORY) + " " + hex(noWrite),
            "open 3 file 0 " + hex(Rights.FD_READ | Rights.FD_WRITE) + " 0",
            "open 3 file 0 " + hex(Rights.FD_READ) + " 0",
            "read 4 100");
    assertErrnos(r, SUCCESS, ENOTCAPABLE, SUCCESS, SUCCESS);
    assertEquals("content", r.get(3).text("data"));
  }

  /** FD_TELL alone answers lseek(fd, 0, SEEK_CUR) but no other seek. */
  @BothEngines
  void droppingSeekKeepsTell(Engine engine) throws IOException {
    long rights = Rights.FD_READ | Rights.FD_SEEK | Rights.FD_TELL;
    List<Report> r =
        SyscallProbe.run(
            runner(engine),
            "open 3 file 0 " + hex(rights) + " 0",
            "seek 4 3 0",
            "rights 4 " + hex(rights & ~Rights.FD_SEEK) + " 0",
            "seek 4 1 0",
            "seek 4 0 1",
            "read 4 100");
    assertErrnos(r, SUCCESS, SUCCESS, SUCCESS, ENOTCAPABLE, SUCCESS, SUCCESS);
    assertEquals(3, r.get(4).number("pos"));
    assertEquals("tent", r.get(5).text("data"));
  }

  @BothEngines
  void readOnlyMountHasNoWriteRightsAndChangesNothing(Engine engine) throws IOException {
    List<Report> r =
        SyscallProbe.run(
            runner(engine, Mount.of(sandbox).readOnly()),
            "fdstat 3",
            "open 3 new 1 " + hex(Rights.FD_READ) + " 0", // O_CREAT
            "open 3 file 0 " + hex(Rights.FD_WRITE) + " 0",
            "open 3 file 8 " + hex(Rights.FD_READ) + " 0", // O_TRUNC
            "mkdir 3 dir",
            "open 3 file 0 " + hex(Rights.FD_READ) + " 0",
            "read 4 100",
            "write 4 overwritten",
            "fdstat 4");
    assertErrnos(
        r, SUCCESS, ENOTCAPABLE, ENOTCAPABLE, ENOTCAPABLE, ENOTCAPABLE, SUCCESS, SUCCESS,
        ENOTCAPABLE, SUCCESS);
    assertEquals(0, r.get(0).number("base") & Rights.MUTATING);
    assertEquals(0, r.get(0).number("inh") & Rights.MUTATING);
    assertTrue(Rights.contains(r.get(0).number("base"), Rights.PATH_OPEN | Rights.FD_READDIR));
    assertEquals("content", r.get(6).text("data"));
    assertEquals(0, r.get(8).number("base") & Rights.MUTATING);
    assertEquals("content", Files.readString(sandbox.resolve("file")));
    try (Stream<Path> entries = Files.list(sandbox)) {
      assertEquals(List.of("file"), entries.map(p -> p.getFileName().toString()).toList());
    }
  }
}

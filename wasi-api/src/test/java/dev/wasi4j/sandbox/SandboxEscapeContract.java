package dev.wasi4j.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasi4j.Engine;
import dev.wasi4j.Mount;
import dev.wasi4j.internal.abi.Errno;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The escape corpus: a hostile tree (links planted by the host) and hostile guests (links they create,
 * {@code ..} chains) try every path call on paths that lead out of the preopen. Each attempt must
 * fail, no outside byte may show up in the guest's output, and nothing outside may change.
 */
public abstract class SandboxEscapeContract {
  /** A fresh layout on the backend under test. */
  protected abstract Layout newLayout() throws IOException;

  /** Links planted by the host that lead out of the sandbox, by absolute or relative targets. */
  private static List<String[]> plantedEscapes(Layout layout) {
    String outside = layout.outside.toString();
    return List.of(
        new String[] {"abs_dir", outside},
        new String[] {"abs_file", outside + "/secret.txt"},
        new String[] {"abs_root", "/"},
        new String[] {"up", "../outside"},
        new String[] {"up_file", "../outside/secret.txt"},
        new String[] {"deep", "sub/../../outside"},
        new String[] {"dot_up", "./../outside"},
        new String[] {"sub/up2", "../../outside"},
        new String[] {"chain1", "chain2"},
        new String[] {"chain2", "sub/chain3"},
        new String[] {"sub/chain3", "../../outside"});
  }

  /**
   * Guest paths whose directory part leads out of /sandbox, through the planted links or by
   * {@code ..}: every call on them must fail.
   */
  private static List<String> escapingPaths(Layout layout) {
    List<String> paths = new ArrayList<>();
    for (String link : List.of("abs_dir", "up", "deep", "dot_up", "sub/up2", "chain1")) {
      paths.add("/sandbox/" + link + "/secret.txt");
      paths.add("/sandbox/" + link + "/dir/../secret.txt");
    }
    paths.add("/sandbox/abs_root" + layout.outside + "/secret.txt");
    paths.add("/sandbox/../outside/secret.txt");
    paths.add("/sandbox/sub/../../outside/secret.txt");
    paths.add("/sandbox/./sub/./../../outside/secret.txt");
    return paths;
  }

  @Test
  void plantedLinksAndDotDotsDoNotLeadOut() throws Exception {
    try (Layout layout = newLayout()) {
      for (String[] link : plantedEscapes(layout)) {
        layout.link(link[0], link[1]);
      }
      String before = layout.outsideSnapshot();
      List<String> commands = new ArrayList<>();
      for (String path : escapingPaths(layout)) {
        String dir = path.substring(0, path.lastIndexOf('/'));
        commands.add("read " + path);
        commands.add("stat " + path);
        commands.add("write " + path + " OVERWRITTEN");
        commands.add("unlink " + path);
        commands.add("rename " + path + " /sandbox/stolen");
        commands.add("link " + path + " /sandbox/hardlink");
        commands.add("rename /sandbox/inside.txt " + dir + "/planted");
        commands.add("write " + dir + "/created.txt NEW");
        commands.add("mkdir " + dir + "/newdir");
        commands.add("symlink x " + dir + "/newlink");
        commands.add("list " + dir);
      }
      // A link that is itself the final component is followed by these calls only; unlink, rename
      // and link act on the link, inside the sandbox, and are allowed.
      for (String link : List.of("abs_file", "up_file", "abs_dir", "up", "chain1")) {
        commands.add("read /sandbox/" + link);
        commands.add("stat /sandbox/" + link);
        commands.add("write /sandbox/" + link + " OVERWRITTEN");
      }
      List<String> results = Probe.run(Mount.of(layout.sandbox), Engine.INTERPRETER, commands);
      for (int i = 0; i < commands.size(); i++) {
        assertRefused(commands.get(i), results.get(i));
      }
      assertEquals(before, layout.outsideSnapshot(), "the outside tree changed");
    }
  }

  @Test
  void linksInsideTheSandboxStillWork() throws Exception {
    try (Layout layout = newLayout()) {
      layout.link("ok_file", "inside.txt");
      layout.link("ok_dir", "sub");
      layout.link("sub/ok_up", "../inside.txt");
      List<String> results =
          Probe.run(
              Mount.of(layout.sandbox),
              Engine.INTERPRETER,
              List.of(
                  "read /sandbox/ok_file",
                  "read /sandbox/ok_dir/../inside.txt",
                  "read /sandbox/sub/ok_up",
                  "readnf /sandbox/ok_file",
                  "readlink /sandbox/ok_dir"));
      assertEquals("OK " + Layout.INSIDE, results.get(0));
      assertEquals("OK " + Layout.INSIDE, results.get(1));
      assertEquals("OK " + Layout.INSIDE, results.get(2));
      assertEquals("ERR " + Errno.ELOOP, results.get(3));
      assertEquals("OK sub", results.get(4));
    }
  }

  @Test
  void loopsEndInEloop() throws Exception {
    try (Layout layout = newLayout()) {
      layout.link("loop_a", "loop_b");
      layout.link("loop_b", "loop_a");
      layout.link("self", "self");
      layout.link("deep_loop", "sub/../deep_loop/x");
      for (String path : List.of("loop_a", "self", "loop_b/x", "deep_loop")) {
        assertEquals(
            "ERR " + Errno.ELOOP, Probe.run(Mount.of(layout.sandbox), "read /sandbox/" + path), path);
      }
    }
  }

  @Test
  void linksTheGuestCreatesDoNotLeadOut() throws Exception {
    try (Layout layout = newLayout()) {
      String before = layout.outsideSnapshot();
      List<String> results =
          Probe.run(
              Mount.of(layout.sandbox),
              Engine.COMPILER,
              List.of(
                  "symlink " + layout.outside + " /sandbox/g_abs",
                  "symlink /etc /sandbox/g_etc",
                  "symlink ../outside /sandbox/g_up",
                  "symlink ../../../../../../../../../../../outside /sandbox/g_deep",
                  "symlink sub/../.. /sandbox/g_mid",
                  "symlink g_chain2 /sandbox/g_chain1",
                  "symlink ../outside /sandbox/g_chain2",
                  "read /sandbox/g_up/secret.txt",
                  "read /sandbox/g_deep/secret.txt",
                  "read /sandbox/g_mid/outside/secret.txt",
                  "read /sandbox/g_chain1/secret.txt",
                  "write /sandbox/g_up/created.txt NEW",
                  "write /sandbox/g_chain1/secret.txt OVERWRITTEN",
                  "mkdir /sandbox/g_up/newdir",
                  "unlink /sandbox/g_up/secret.txt",
                  "stat /sandbox/g_up/secret.txt",
                  "list /sandbox/g_up"));
      assertEquals("ERR " + Errno.EPERM, results.get(0), "absolute symlink targets are refused");
      assertEquals("ERR " + Errno.EPERM, results.get(1), "absolute symlink targets are refused");
      for (int i = 2; i <= 6; i++) {
        assertEquals("OK ", results.get(i), "climbing symlinks may be created: " + i);
      }
      for (int i = 7; i < results.size(); i++) {
        assertRefused("command " + i, results.get(i));
      }
      assertEquals(before, layout.outsideSnapshot(), "the outside tree changed");
    }
  }

  /** An escape attempt must fail with a sandboxing errno and show no outside bytes. */
  static void assertRefused(String command, String result) {
    assertFalse(result.contains(Layout.SECRET), command + " leaked: " + result);
    assertTrue(
        result.equals("ERR " + Errno.ENOTCAPABLE)
            || result.equals("ERR " + Errno.EPERM)
            || result.equals("ERR " + Errno.ENOENT),
        command + " was not refused: " + result);
  }
}

package dev.wasi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.wasm.Parser;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsSmokeTest {
  @TempDir Path tmp;

  int run(Path root, Engine engine, ByteArrayOutputStream out, ByteArrayOutputStream err) {
    try (Wasi wasi =
        Wasi.builder()
            .args("fs_smoke")
            .preopen("/sandbox", root)
            .stdin(new ByteArrayInputStream(new byte[0]))
            .stdout(out)
            .stderr(err)
            .build()) {
      var module = Parser.parse(getClass().getResourceAsStream("/guests/fs_smoke.wasm"));
      return wasi.run(module, engine);
    }
  }

  @Test
  void disk() throws Exception {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = run(tmp, Engine.INTERPRETER, out, err);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    assertEquals(0, code, out.toString());
  }

  @Test
  void jimfs() throws Exception {
    var fs = Jimfs.newFileSystem(Configuration.unix().toBuilder().setAttributeViews("basic", "owner", "posix", "unix").build());
    Path root = fs.getPath("/work/sandbox");
    Files.createDirectories(root);
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = run(root, Engine.COMPILER, out, err);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    assertEquals(0, code, out.toString());
  }
}

package dev.wasi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.wasm.Parser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void helloRuns() throws Exception {
    var out = new ByteArrayOutputStream();
    try (Wasi wasi =
        Wasi.builder()
            .args("hello", "x", "y")
            .env("GREETING", "hi")
            .stdin(new ByteArrayInputStream(new byte[0]))
            .stdout(out)
            .build()) {
      var module = Parser.parse(getClass().getResourceAsStream("/guests/hello.wasm"));
      int code = wasi.run(module, Engine.INTERPRETER);
      assertEquals(2, code);
      assertEquals(
          "hi from a wasi4j guest\nargv[0]=hello\nargv[1]=x\nargv[2]=y\n",
          out.toString(StandardCharsets.UTF_8));
    }
  }
}

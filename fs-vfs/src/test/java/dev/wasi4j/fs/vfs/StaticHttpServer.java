package dev.wasi4j.fs.vfs;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;

/**
 * A real HTTP server for tests: the JDK's {@link HttpServer} (or {@link HttpsServer} when given a
 * TLS context) on 127.0.0.1, serving a directory. Files answer HEAD and GET with Content-Length and
 * Last-Modified, and GET honours {@code Range: bytes=N-}; directories answer with a small HTML page
 * of links, the usual index page.
 */
final class StaticHttpServer implements AutoCloseable {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

  private final HttpServer server;
  private final Path documents;

  StaticHttpServer(Path documents) throws IOException {
    this(documents, null);
  }

  /** Serves {@code documents} over HTTPS with {@code tls}, or over HTTP if it is null. */
  StaticHttpServer(Path documents, SSLContext tls) throws IOException {
    this.documents = documents;
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (tls == null) {
      server = HttpServer.create(loopback, 0);
    } else {
      HttpsServer https = HttpsServer.create(loopback, 0);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      server = https;
    }
    server.createContext("/", this::serve);
    server.start();
  }

  URI uri(String path) {
    String scheme = server instanceof HttpsServer ? "https" : "http";
    return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), UTF_8);
      Path target = documents.resolve(path.substring(1)).normalize();
      boolean head = exchange.getRequestMethod().equals("HEAD");
      if (!target.startsWith(documents) || !Files.exists(target)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      if (Files.isDirectory(target)) {
        byte[] page = indexPage(target);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        send(exchange, 200, page.length, head, new java.io.ByteArrayInputStream(page));
        return;
      }
      long size = Files.size(target);
      exchange
          .getResponseHeaders()
          .set(
              "Last-Modified",
              DateTimeFormatter.RFC_1123_DATE_TIME.format(
                  Files.getLastModifiedTime(target).toInstant().atZone(ZoneOffset.UTC)));
      exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
      Matcher range = RANGE.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Range")));
      try (InputStream in = Files.newInputStream(target)) {
        if (!head && range.matches()) {
          long start = Math.min(Long.parseLong(range.group(1)), size);
          in.skipNBytes(start);
          exchange
              .getResponseHeaders()
              .set("Content-Range", "bytes " + start + "-" + (size - 1) + "/" + size);
          send(exchange, 206, size - start, false, in);
        } else {
          send(exchange, 200, size, head, in);
        }
      }
    }
  }

  private static void send(
      HttpExchange exchange, int status, long length, boolean head, InputStream body)
      throws IOException {
    if (head) {
      // HEAD carries the length of the GET body but no body.
      exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
    try (OutputStream out = exchange.getResponseBody()) {
      body.transferTo(out);
    }
  }

  private static byte[] indexPage(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      String links =
          entries
              .map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : ""))
              .sorted()
              .map(name -> "<a href=\"" + name + "\">" + name + "</a><br>")
              .collect(Collectors.joining("\n"));
      return ("<html><body>\n" + links + "\n</body></html>\n").getBytes(UTF_8);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

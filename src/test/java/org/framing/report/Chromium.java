package org.framing.report;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for tests that need a page rendered the way a person sees it: the DOM after JavaScript
 * ran, or a screenshot. Each run gets a fresh profile folder and no network features.
 */
public final class Chromium {

  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
  private static final long TIMEOUT_SECONDS = 90;

  private Chromium() {}

  /** The browser: the first of chromium, chromium-browser, google-chrome on the PATH, else /usr/bin/chromium. */
  public static Optional<Path> find() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : NAMES) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    Path fallback = Path.of("/usr/bin/chromium");
    return Files.isExecutable(fallback) ? Optional.of(fallback) : Optional.empty();
  }

  /**
   * The browser, or else: the test fails when the environment variable CI is {@code true} (CI must run the
   * browser checks) and is skipped otherwise.
   */
  public static Path requireOrSkip() {
    Optional<Path> browser = find();
    if (browser.isEmpty() && "true".equals(System.getenv("CI"))) {
      Assertions.fail("CI=true but no Chromium found (chromium, chromium-browser, google-chrome on PATH or "
          + "/usr/bin/chromium): install Debian's chromium with 'apt-get install -y chromium'");
    }
    Assumptions.assumeTrue(browser.isPresent(), "Chromium not installed (chromium, chromium-browser, "
        + "google-chrome on PATH or /usr/bin/chromium): skipping the browser check; 'apt-get install -y chromium'");
    return browser.get();
  }

  /** The page's DOM, serialised after its scripts ran (15 s of virtual time). */
  public static String dumpDom(Path html) {
    return run(List.of("--dump-dom", html.toAbsolutePath().toUri().toString()));
  }

  /**
   * The page's DOM as {@link #dumpDom(Path)} gives it, with every request the page makes over the network sent
   * to {@code trap} as its HTTP proxy (loopback addresses included), so the trap sees each one.
   */
  public static String dumpDom(Path html, NetworkTrap trap) {
    return run(List.of("--proxy-server=http://127.0.0.1:" + trap.port(), "--proxy-bypass-list=<-loopback>",
        "--dump-dom", html.toAbsolutePath().toUri().toString()));
  }

  /** Saves a {@code width} x {@code height} screenshot of the page as a PNG. */
  public static void screenshot(Path html, Path png, int width, int height) {
    run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", html.toAbsolutePath().toUri().toString()));
    if (!Files.isRegularFile(png)) {
      throw new IllegalStateException("Chromium wrote no screenshot to " + png);
    }
  }

  private static String run(List<String> args) {
    Path browser = find().orElseThrow(() -> new IllegalStateException("Chromium not installed"));
    Path profile = null;
    Path out = null;
    Path err = null;
    try {
      profile = Files.createTempDirectory("chromium-profile");
      out = Files.createTempFile("chromium", ".out");
      err = Files.createTempFile("chromium", ".err");
      List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
          "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
          "--virtual-time-budget=15000"));
      command.addAll(args);
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
          .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("Chromium exited with " + process.exitValue() + ": "
            + Files.readString(err, StandardCharsets.UTF_8));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Chromium ran", e);
    } finally {
      delete(profile);
      delete(out);
      delete(err);
    }
  }

  private static void delete(Path path) {
    if (path == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temp folder is harmless
    }
  }
}

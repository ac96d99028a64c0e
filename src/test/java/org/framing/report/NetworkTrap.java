package org.framing.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A local socket that stands in for the whole network: a browser told to use it as its proxy sends it every
 * request it would have made, and the trap records each request line ("GET http://host/path HTTP/1.1",
 * "CONNECT host:443 HTTP/1.1") and answers 403.
 *
 * <p>Chromium calls some of Google's services on its own, whatever page it shows and despite
 * {@code --disable-background-networking} (a blank page is enough): {@link #BROWSER_SERVICES}. {@link #pageRequests}
 * leaves those out, so what remains is what the pages asked for.
 */
public final class NetworkTrap implements AutoCloseable {

  /** Hosts Chromium 14x itself calls in headless mode: component updates, network time, accounts. */
  public static final List<String> BROWSER_SERVICES = List.of("update.googleapis.com", "clients2.google.com",
      "accounts.google.com");

  private final ServerSocket socket;
  private final List<String> requests = new ArrayList<>();
  private final Thread acceptor;

  public NetworkTrap() {
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    acceptor = new Thread(this::serve, "network-trap");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** The request lines received so far. */
  public synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  /** The request lines received so far, without those to {@link #BROWSER_SERVICES}. */
  public List<String> pageRequests() {
    return requests().stream().filter(r -> BROWSER_SERVICES.stream().noneMatch(host -> r.contains(" " + host + ":")
        || r.contains("://" + host + "/"))).toList();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
        String line = in.readLine();
        synchronized (this) {
          requests.add(line == null ? "(connection without a request)" : line);
        }
        client.getOutputStream().write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.ISO_8859_1));
      } catch (IOException e) {
        // closed, or a client that went away: nothing to record beyond what was read
      }
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

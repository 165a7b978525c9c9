package dev.motorhub.application.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A network link between a client and a real server that a test can cut and restore, to see what
 * the client does when its database or gateway goes away. It forwards bytes both ways on a local
 * port that stays the same across a cut.
 */
public final class TcpProxy implements AutoCloseable {
  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket listener;

  private TcpProxy(String targetHost, int targetPort) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.listener = listen(0);
    this.port = listener.getLocalPort();
    acceptInBackground(listener);
  }

  /** A link to {@code host:port}, up and accepting. */
  public static TcpProxy to(String host, int port) {
    return new TcpProxy(host, port);
  }

  /** The local port that clients connect to instead of the server's. */
  public int port() {
    return port;
  }

  /** Drops every open connection and refuses new ones, as a server that went down would. */
  public synchronized void cut() {
    closeQuietly(listener);
    open.forEach(TcpProxy::closeQuietly);
    open.clear();
  }

  /** Accepts connections again, on the same port. */
  public synchronized void restore() {
    if (listener.isClosed()) {
      listener = listen(port);
      acceptInBackground(listener);
    }
  }

  @Override
  public void close() {
    cut();
  }

  private static ServerSocket listen(int port) {
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void acceptInBackground(ServerSocket socket) {
    Thread.ofVirtual()
        .start(
            () -> {
              while (!socket.isClosed()) {
                try {
                  Socket client = socket.accept();
                  Socket server = new Socket(targetHost, targetPort);
                  if (!keep(socket, client, server)) {
                    closeQuietly(client);
                    closeQuietly(server);
                    return;
                  }
                  pump(client, server);
                  pump(server, client);
                } catch (IOException closed) {
                  return;
                }
              }
            });
  }

  /**
   * Keeps a connection accepted by {@code acceptedBy} open, unless the link was cut while it was
   * being made (it would otherwise outlive the cut).
   */
  private synchronized boolean keep(ServerSocket acceptedBy, Socket client, Socket server) {
    if (acceptedBy.isClosed()) {
      return false;
    }
    open.add(client);
    open.add(server);
    return true;
  }

  private void pump(Socket from, Socket to) {
    Thread.ofVirtual()
        .start(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException cut) {
                // The link was cut or one side hung up.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            });
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // Already gone.
    }
  }
}

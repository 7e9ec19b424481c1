package dev.migrate.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A local server that accepts every TCP connection and never says a word: what a database behind a
 * stuck proxy or a paused VM looks like to a driver. Close it to close the connections it holds.
 */
public final class HungServer implements AutoCloseable {
  private final ServerSocket socket;
  private final List<Socket> accepted = new ArrayList<>();
  private final Thread acceptor;

  private HungServer(ServerSocket socket) {
    this.socket = socket;
    this.acceptor = new Thread(this::acceptForever, "hung-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts one on a free port of the loopback address. */
  public static HungServer start() {
    try {
      return new HungServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** A URL of the form {@code jdbc:<database>://127.0.0.1:<port>/db} pointing at this server. */
  public String jdbcUrl(String database) {
    return "jdbc:" + database + "://127.0.0.1:" + port() + "/db";
  }

  private void acceptForever() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        synchronized (accepted) {
          accepted.add(connection);
        }
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    synchronized (accepted) {
      for (Socket connection : accepted) {
        connection.close();
      }
    }
  }
}

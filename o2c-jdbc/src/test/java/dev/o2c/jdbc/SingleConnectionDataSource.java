package dev.o2c.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One connection, handed out again and again and never closed by its users: what a connection pool
 * gives a single-threaded writer, without a pool library. For the benchmark, which would otherwise
 * measure opening a connection per append.
 */
final class SingleConnectionDataSource implements DataSource, AutoCloseable {

  private final Connection connection;
  private final Connection unclosable;

  SingleConnectionDataSource(DataSource target) throws SQLException {
    this.connection = target.getConnection();
    this.unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null;
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Override
  public Connection getConnection() {
    return unclosable;
  }

  @Override
  public Connection getConnection(String username, String password) {
    return unclosable;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getGlobal();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}

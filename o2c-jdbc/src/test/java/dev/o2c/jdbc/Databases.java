package dev.o2c.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The databases the tests run on: a fresh embedded H2 per call, and the PostgreSQL server {@code .ci/run} starts, if any. */
final class Databases {

  /** Why PostgreSQL tests skip when no server answers. */
  static final String NO_POSTGRES = "needs a PostgreSQL server (started by .ci/run; or set O2C_PG_URL, O2C_PG_USER, "
      + "O2C_PG_PASSWORD)";

  private static final AtomicInteger H2_COUNT = new AtomicInteger();

  private Databases() {}

  static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:o2c" + H2_COUNT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  private static String setting(String name, String fallback) {
    String value = System.getProperty(name.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
    if (value == null) {
      value = System.getenv(name);
    }
    return value == null || value.isBlank() ? fallback : value;
  }

  /** {@return the PostgreSQL data source named by O2C_PG_URL etc. (or system properties o2c.pg.url ...)} */
  static PGSimpleDataSource postgres() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(setting("O2C_PG_URL", "jdbc:postgresql://127.0.0.1:5432/o2c"));
    ds.setUser(setting("O2C_PG_USER", "o2c"));
    ds.setPassword(setting("O2C_PG_PASSWORD", "o2c"));
    ds.setConnectTimeout(5);
    ds.setReWriteBatchedInserts(true);
    return ds;
  }

  /** {@return whether the PostgreSQL server answers} */
  static boolean postgresReachable() {
    try (Connection connection = postgres().getConnection()) {
      return connection.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  /** Drops the log's tables so a test starts from an empty database. */
  static void dropTables(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS o2c_journal_line");
      s.execute("DROP TABLE IF EXISTS o2c_ledger_log");
      s.execute("DROP TABLE IF EXISTS o2c_schema_version");
    }
  }
}

package dev.o2c.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * {@link JdbcLedgerLog} on a real PostgreSQL server: the one {@code .ci/run} starts, or any named by
 * {@code O2C_PG_URL}, {@code O2C_PG_USER} and {@code O2C_PG_PASSWORD}. Skipped, with the reason,
 * when none answers. Each test starts by dropping the log's tables.
 */
class PostgresLedgerLogTest extends LedgerLogContract {

  private static final boolean REACHABLE = Databases.postgresReachable();

  static {
    if (!REACHABLE) {
      // Surefire shows skipped tests only as a count; say why on the console too.
      System.err.println("SKIPPED PostgresLedgerLogTest (all tests): " + Databases.NO_POSTGRES);
    }
  }

  @Override
  DataSource emptyDatabase() throws SQLException {
    // Per test rather than per class, so that every skipped test shows in the counts with the reason.
    assumeTrue(REACHABLE, Databases.NO_POSTGRES);
    DataSource ds = Databases.postgres();
    Databases.dropTables(ds);
    return ds;
  }
}

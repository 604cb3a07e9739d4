package dev.o2c.jdbc;

import javax.sql.DataSource;

/** {@link JdbcLedgerLog} on embedded H2, a new in-memory database per test. */
class H2LedgerLogTest extends LedgerLogContract {

  @Override
  DataSource emptyDatabase() {
    return Databases.h2();
  }
}

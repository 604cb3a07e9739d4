/**
 * The receivables ledger's durable log on JDBC: {@link dev.o2c.jdbc.JdbcLedgerLog} keeps every
 * accepted command with its posting (as JSON) and the posting's journal lines (as rows) in
 * PostgreSQL or H2; {@link dev.o2c.jdbc.JdbcLedgerLog#migrate(javax.sql.DataSource)} creates the
 * tables from the scripts under {@code db/o2c}, which hosts may also run with Flyway or Liquibase.
 * Hosts bring their own JDBC driver and connection pool.
 */
package dev.o2c.jdbc;

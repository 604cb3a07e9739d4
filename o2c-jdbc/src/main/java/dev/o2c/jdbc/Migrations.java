package dev.o2c.jdbc;

import dev.o2c.core.ledger.LedgerLogException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Applies the schema scripts under {@code db/o2c} that a database has not seen, recording them in {@code o2c_schema_version}. */
final class Migrations {

  /** The scripts, in version order; named as Flyway expects ({@code V<version>__<description>.sql}). */
  static final List<String> SCRIPTS = List.of("V1__ledger_log.sql");

  private static final String VERSION_TABLE = "CREATE TABLE IF NOT EXISTS o2c_schema_version ("
      + "version INTEGER NOT NULL, script VARCHAR(200) NOT NULL, "
      + "applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL, "
      + "CONSTRAINT o2c_schema_version_pk PRIMARY KEY (version))";

  private Migrations() {}

  static void apply(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        try (Statement statement = connection.createStatement()) {
          statement.execute(VERSION_TABLE);
        }
        connection.commit();
        Set<Integer> applied = applied(connection);
        for (String script : SCRIPTS) {
          int version = version(script);
          if (!applied.contains(version)) {
            run(connection, script);
            try (PreparedStatement record = connection.prepareStatement(
                "INSERT INTO o2c_schema_version (version, script) VALUES (?, ?)")) {
              record.setInt(1, version);
              record.setString(2, script);
              record.executeUpdate();
            }
            connection.commit();
          }
        }
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new LedgerLogException("cannot migrate the ledger log schema: " + e.getMessage(), e);
    }
  }

  private static Set<Integer> applied(Connection connection) throws SQLException {
    Set<Integer> versions = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version FROM o2c_schema_version")) {
      while (rows.next()) {
        versions.add(rows.getInt(1));
      }
    }
    return versions;
  }

  private static int version(String script) {
    return Integer.parseInt(script.substring(1, script.indexOf("__")));
  }

  private static void run(Connection connection, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(read(script))) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new SQLException("script db/o2c/" + script + " failed: " + e.getMessage(), e.getSQLState(), e);
    }
  }

  private static String read(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream("/db/o2c/" + script)) {
      if (in == null) {
        throw new LedgerLogException("schema script db/o2c/" + script + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LedgerLogException("cannot read schema script db/o2c/" + script + ": " + e.getMessage(), e);
    }
  }

  /** Splits a script into statements: comment lines dropped, statements end with a semicolon at the end of a line. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        statements.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }
}

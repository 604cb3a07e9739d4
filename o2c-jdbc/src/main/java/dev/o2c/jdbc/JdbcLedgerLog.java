package dev.o2c.jdbc;

import dev.o2c.core.ledger.JournalLine;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.LedgerLog;
import dev.o2c.core.ledger.LedgerLogConflictException;
import dev.o2c.core.ledger.LedgerLogException;
import dev.o2c.core.ledger.LogEntry;
import dev.o2c.core.ledger.Posting;
import dev.o2c.jackson.O2cModule;
import dev.o2c.jackson.TextIdType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link LedgerLog} in a relational database (PostgreSQL, H2) over a {@link DataSource}: every
 * accepted command as a row of {@code o2c_ledger_log} with its command and posting as JSON (the
 * {@code o2c-jackson} format), and every journal line of its posting as a row of {@code
 * o2c_journal_line}, so the host's SQL and reporting read the journal directly.
 *
 * <pre>{@code
 * JdbcLedgerLog.migrate(dataSource);                              // creates or updates the tables
 * ReceivablesLedger ledger = ReceivablesLedger.replay(new JdbcLedgerLog(dataSource));
 * ledger.post(PostItem.of(invoice));                              // one row in each table, one transaction
 * }</pre>
 *
 * <p><b>Tables</b> (see {@code db/o2c/V1__ledger_log.sql}): {@code o2c_ledger_log(sequence PK,
 * operation, posting_date, command, posting, recorded_at)} and {@code o2c_journal_line(sequence,
 * line_no, posting_date, account_role, side, amount NUMERIC(38,18), currency, reference,
 * reference_type, customer_id)}. A posting's lines balance per currency: {@code SUM(CASE side WHEN
 * 'DEBIT' THEN amount ELSE -amount END)} is zero for each {@code (sequence, currency)}. The tables
 * live in the connection's current schema: choose another with the driver's URL ({@code
 * currentSchema=} for PostgreSQL, {@code ;SCHEMA=} for H2) or the pool's settings.
 *
 * <p><b>Appends</b> are all or nothing, in one transaction with JDBC batches. They are optimistic:
 * an append must start right after the last sequence in the table, and the primary key refuses a
 * sequence another writer took first (SQLState {@code 23505}); either way the writer gets a {@link
 * LedgerLogConflictException} and nothing of its batch is written. With PostgreSQL, {@code
 * reWriteBatchedInserts=true} on the URL makes batches markedly faster.
 *
 * <p><b>Reads</b> stream the log in sequence order with a fetch size of {@value #FETCH_SIZE} rows
 * (in a read-only transaction, which PostgreSQL needs to use a cursor), so replaying a large log does
 * not hold it in memory.
 *
 * <p>Thread-safe: each call takes its own connection from the data source.
 */
public final class JdbcLedgerLog implements LedgerLog {

  /** Rows fetched per round trip when reading the log. */
  public static final int FETCH_SIZE = 500;

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String INSERT_ENTRY = "INSERT INTO o2c_ledger_log "
      + "(sequence, operation, posting_date, command, posting) VALUES (?, ?, ?, ?, ?)";
  private static final String INSERT_LINE = "INSERT INTO o2c_journal_line (sequence, line_no, posting_date, "
      + "account_role, side, amount, currency, reference, reference_type, customer_id) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String LAST_SEQUENCE = "SELECT COALESCE(MAX(sequence), 0) FROM o2c_ledger_log";
  private static final String READ = "SELECT sequence, command, posting FROM o2c_ledger_log "
      + "WHERE sequence >= ? ORDER BY sequence";

  private final DataSource dataSource;
  private final ObjectWriter commandWriter;
  private final ObjectWriter postingWriter;
  private final ObjectReader commandReader;
  private final ObjectReader postingReader;

  /**
   * A log in the tables that {@link #migrate(DataSource)} created in the data source's database.
   *
   * @param dataSource where the tables are
   */
  public JdbcLedgerLog(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    JsonMapper mapper = JsonMapper.builder().addModule(new O2cModule()).build();
    this.commandWriter = mapper.writerFor(LedgerCommand.class);
    this.postingWriter = mapper.writerFor(Posting.class);
    this.commandReader = mapper.readerFor(LedgerCommand.class);
    this.postingReader = mapper.readerFor(Posting.class);
  }

  /**
   * Creates the log's tables, or brings them up to date: applies the scripts under {@code db/o2c}
   * that the database has not seen yet, in version order, and records each in {@code
   * o2c_schema_version}. Running it again changes nothing. Hosts that manage their schema with
   * Flyway or Liquibase can run the same scripts from {@code classpath:db/o2c} instead.
   *
   * @param dataSource the database
   * @throws LedgerLogException if a script fails; on PostgreSQL its changes are rolled back
   */
  public static void migrate(DataSource dataSource) {
    Migrations.apply(dataSource);
  }

  @Override
  public long lastSequence() {
    try (Connection connection = dataSource.getConnection()) {
      return lastSequence(connection);
    } catch (SQLException e) {
      throw new LedgerLogException("cannot read the last sequence of the ledger log: " + e.getMessage(), e);
    }
  }

  private static long lastSequence(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(LAST_SEQUENCE)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Override
  public void append(List<LogEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    if (entries.isEmpty()) {
      return;
    }
    long first = entries.get(0).sequence();
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).sequence() != first + i) {
        throw new LedgerLogConflictException(entries.get(i).sequence(), first + i);
      }
    }
    List<String[]> json = new ArrayList<>(entries.size());
    for (LogEntry entry : entries) {
      json.add(new String[] {
          commandWriter.writeValueAsString(entry.command()), postingWriter.writeValueAsString(entry.posting())});
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        long last = lastSequence(connection);
        if (first != last + 1) {
          connection.rollback();
          throw new LedgerLogConflictException(first, last + 1);
        }
        insert(connection, entries, json);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      if (isUniqueViolation(e)) {
        throw new LedgerLogConflictException(first, lastSequence() + 1);
      }
      throw new LedgerLogException("cannot append sequences " + first + " to " + (first + entries.size() - 1)
          + " to the ledger log; nothing was written: " + e.getMessage(), e);
    }
  }

  private static void insert(Connection connection, List<LogEntry> entries, List<String[]> json) throws SQLException {
    try (PreparedStatement entryRows = connection.prepareStatement(INSERT_ENTRY);
        PreparedStatement lineRows = connection.prepareStatement(INSERT_LINE)) {
      for (int i = 0; i < entries.size(); i++) {
        LogEntry entry = entries.get(i);
        Posting posting = entry.posting();
        Date date = Date.valueOf(posting.date());
        entryRows.setLong(1, entry.sequence());
        entryRows.setString(2, entry.command().operation().name());
        entryRows.setDate(3, date);
        entryRows.setString(4, json.get(i)[0]);
        entryRows.setString(5, json.get(i)[1]);
        entryRows.addBatch();
        int lineNo = 0;
        for (JournalLine line : posting.lines()) {
          lineRows.setLong(1, entry.sequence());
          lineRows.setInt(2, ++lineNo);
          lineRows.setDate(3, Date.valueOf(line.date()));
          lineRows.setString(4, line.account().name());
          lineRows.setString(5, line.side().name());
          lineRows.setBigDecimal(6, line.amount().amount());
          lineRows.setString(7, line.amount().currency().getCurrencyCode());
          lineRows.setString(8, line.reference().toString());
          lineRows.setString(9, TextIdType.of(line.reference()).name());
          if (line.customer().isPresent()) {
            lineRows.setString(10, line.customer().get().toString());
          } else {
            lineRows.setNull(10, Types.VARCHAR);
          }
          lineRows.addBatch();
        }
      }
      // Log rows first: the journal rows' foreign key refers to them.
      entryRows.executeBatch();
      lineRows.executeBatch();
    }
  }

  private static boolean isUniqueViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        for (SQLException s = (SQLException) t; s != null; s = s.getNextException()) {
          if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Override
  public void read(long fromSequence, Consumer<LogEntry> consumer) {
    if (fromSequence < 1) {
      throw new IllegalArgumentException("fromSequence " + fromSequence + " is below 1");
    }
    Objects.requireNonNull(consumer, "consumer");
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement query = connection.prepareStatement(READ)) {
        query.setFetchSize(FETCH_SIZE);
        query.setLong(1, fromSequence);
        try (ResultSet rows = query.executeQuery()) {
          long expected = fromSequence;
          while (rows.next()) {
            long sequence = rows.getLong(1);
            if (sequence != expected) {
              throw new LedgerLogException("the ledger log has no entry " + expected + " (next is " + sequence + ")");
            }
            consumer.accept(entry(sequence, rows.getString(2), rows.getString(3)));
            expected++;
          }
        }
        connection.commit();
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new LedgerLogException("cannot read the ledger log from sequence " + fromSequence + ": " + e.getMessage(), e);
    }
  }

  private LogEntry entry(long sequence, String command, String posting) {
    try {
      return new LogEntry(sequence, commandReader.readValue(command), postingReader.readValue(posting));
    } catch (JacksonException | IllegalArgumentException e) {
      throw new LedgerLogException("ledger log entry " + sequence + " cannot be read: " + e.getMessage(), e);
    }
  }
}

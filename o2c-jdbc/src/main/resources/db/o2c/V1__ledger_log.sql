-- o2c receivables ledger log, schema version 1. Portable between PostgreSQL and H2.
-- Applied by JdbcLedgerLog.migrate(DataSource), or by the host's Flyway/Liquibase from classpath:db/o2c.

-- One row per accepted ledger command, in posting order; rows are only ever inserted.
CREATE TABLE o2c_ledger_log (
  sequence      BIGINT                   NOT NULL,
  operation     VARCHAR(40)              NOT NULL,
  posting_date  DATE                     NOT NULL,
  command       TEXT                     NOT NULL,
  posting       TEXT                     NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  CONSTRAINT o2c_ledger_log_pk PRIMARY KEY (sequence)
);

-- The journal lines of each posting, one row per line, for the host's SQL and reporting.
-- amount is positive; side says debit or credit. reference_type names the kind of reference
-- (DOCUMENT_NUMBER, PAYMENT_ID, DEDUCTION_ID).
CREATE TABLE o2c_journal_line (
  sequence        BIGINT         NOT NULL,
  line_no         INTEGER        NOT NULL,
  posting_date    DATE           NOT NULL,
  account_role    VARCHAR(40)    NOT NULL,
  side            VARCHAR(6)     NOT NULL,
  amount          NUMERIC(38, 18) NOT NULL,
  currency        VARCHAR(16)    NOT NULL,
  reference       VARCHAR(140)   NOT NULL,
  reference_type  VARCHAR(40)    NOT NULL,
  customer_id     VARCHAR(140),
  CONSTRAINT o2c_journal_line_pk PRIMARY KEY (sequence, line_no),
  CONSTRAINT o2c_journal_line_log_fk FOREIGN KEY (sequence) REFERENCES o2c_ledger_log (sequence)
);

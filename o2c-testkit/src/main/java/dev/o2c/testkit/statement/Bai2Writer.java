package dev.o2c.testkit.statement;

import java.io.Writer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Writes BAI2 cash management balance reports: one file header (01), one group (02) per statement
 * date, one account (03) per statement with opening (010) and closing (015) ledger balances, one
 * transaction detail (16) per entry, text continued in 88 records, and account (49), group (98)
 * and file (99) trailers with correct control totals and record counts.
 *
 * <p>Each detail has type code 195 (incoming money transfer) for a credit or 495 (outgoing money
 * transfer) for a debit, funds type {@code Z}, the bank reference, the end-to-end id as the
 * customer reference, and as text the counterparty name, then the remittance text. Amounts are in
 * minor units, as BAI2 implies. Text longer than {@value #TEXT_PER_RECORD} characters continues in
 * 88 records, broken at a blank (which is then left out, since readers trim record ends). What BAI2 cannot carry here: value dates, the counterparty's IBAN and BIC, the
 * structured creditor reference. This class is immutable and thread-safe.
 */
public final class Bai2Writer implements StatementFileWriter {

  /** Most text characters written into one 16 or 88 record. */
  public static final int TEXT_PER_RECORD = 60;

  private static final String SENDER = "O2CBANK";
  private static final String RECEIVER = "O2CCUST";

  private Bai2Writer() {}

  /**
   * {@return the writer}
   */
  public static Bai2Writer standard() {
    return new Bai2Writer();
  }

  @Override
  public void write(StatementFileSpec spec, Writer out) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(out, "out");
    StringBuilder sb = new StringBuilder(1024);
    sb.append("01,").append(SENDER).append(',').append(RECEIVER).append(',');
    Text.yymmdd(sb, spec.creationTime().toLocalDate()).append(',');
    Text.two(sb, spec.creationTime().getHour());
    Text.two(sb, spec.creationTime().getMinute()).append(',').append(spec.messageId()).append(",,,2/\n");
    long fileTotal = 0;
    long fileRecords = 1;
    int groups = 0;
    LocalDate groupDate = null;
    long groupTotal = 0;
    long groupRecords = 0;
    int groupAccounts = 0;
    for (StatementSpec s : spec.statements()) {
      if (!s.date().equals(groupDate)) {
        if (groupDate != null) {
          groupRecords++;
          sb.append("98,").append(groupTotal).append(',').append(groupAccounts).append(',')
              .append(groupRecords).append("/\n");
          fileTotal += groupTotal;
          fileRecords += groupRecords;
        }
        groupDate = s.date();
        groups++;
        groupTotal = 0;
        groupAccounts = 0;
        groupRecords = 1;
        sb.append("02,").append(RECEIVER).append(',').append(SENDER).append(",1,");
        Text.yymmdd(sb, groupDate).append(",,").append(s.currency().getCurrencyCode()).append(",2/\n");
      }
      long opening = s.openingMinor();
      long closing = s.closingMinor();
      sb.append("03,").append(s.accountNumber()).append(',').append(s.currency().getCurrencyCode())
          .append(",010,").append(opening).append(",,,015,").append(closing).append(",,/\n");
      long accountTotal = opening + closing;
      long accountRecords = 1;
      Text.flush(sb, out);
      for (EntrySpec e : s.entries()) {
        sb.append("16,").append(e.credit() ? "195" : "495").append(',').append(e.amountMinor()).append(",Z,")
            .append(e.bankReference()).append(',').append(e.endToEndId().orElse("")).append(',');
        String text = e.counterpartyName() + e.remittanceText().map(t -> " " + t).orElse("");
        int end = cut(text, 0);
        sb.append(text, 0, end).append('\n');
        accountRecords++;
        while (end < text.length()) {
          int start = text.charAt(end) == ' ' ? end + 1 : end;
          end = cut(text, start);
          sb.append("88,").append(text, start, end).append('\n');
          accountRecords++;
        }
        accountTotal += e.amountMinor();
        Text.flush(sb, out);
      }
      accountRecords++;
      sb.append("49,").append(accountTotal).append(',').append(accountRecords).append("/\n");
      groupTotal += accountTotal;
      groupRecords += accountRecords;
      groupAccounts++;
    }
    if (groupDate != null) {
      groupRecords++;
      sb.append("98,").append(groupTotal).append(',').append(groupAccounts).append(',').append(groupRecords)
          .append("/\n");
      fileTotal += groupTotal;
      fileRecords += groupRecords;
    }
    fileRecords++;
    sb.append("99,").append(fileTotal).append(',').append(groups).append(',').append(fileRecords).append("/\n");
    Text.flush(sb, out);
  }

  /** Where the record starting at {@code start} ends: at the last blank that keeps it within the limit. */
  private static int cut(String text, int start) {
    if (text.length() - start <= TEXT_PER_RECORD) {
      return text.length();
    }
    int blank = text.lastIndexOf(' ', start + TEXT_PER_RECORD);
    return blank > start ? blank : start + TEXT_PER_RECORD;
  }

  @Override
  public String toString() {
    return "Bai2Writer";
  }
}

package dev.o2c.matching.statement.bai2;

import dev.o2c.matching.statement.bai2.Bai2Records.Account;
import dev.o2c.matching.statement.bai2.Bai2Records.Detail;
import dev.o2c.matching.statement.bai2.Bai2Records.FileHeader;
import dev.o2c.matching.statement.bai2.Bai2Records.GroupHeader;
import dev.o2c.matching.statement.bai2.Bai2Records.Problem;
import java.util.List;

/** Receives a BAI2 file record by record as {@link Bai2Parser} reads it. */
interface Bai2Handler {
  /** Record 01. */
  void fileHeader(FileHeader header);

  /** Record 02. */
  void groupHeader(FileHeader file, GroupHeader group);

  /** Record 03 with its continuations. */
  void account(FileHeader file, GroupHeader group, Account account);

  /**
   * Record 16 with its continuations.
   *
   * @return true if the detail was read; false if a value in it was wrong and the handler chose to
   *     leave it out (then it must not count in the account's control total)
   */
  boolean detail(GroupHeader group, Account account, Detail detail);

  /**
   * Record 16 with its continuations whose fields do not parse (located by the failure). Returns
   * normally if the detail is to be left out and the reading go on; throws to end the reading.
   */
  void detailFailure(Account account, Bai2FormatException failure);

  /** Record 49; {@code problems} are the account's control total and record count mismatches. */
  void accountEnd(GroupHeader group, Account account, long controlTotal, List<Problem> problems, int line);

  /** Records 98 and 99: group and file mismatches. */
  void fileProblem(Problem problem);
}

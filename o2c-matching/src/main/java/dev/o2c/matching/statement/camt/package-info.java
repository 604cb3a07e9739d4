/**
 * The ISO 20022 camt.052/053/054 reader: {@link dev.o2c.matching.statement.camt.CamtReader},
 * streaming over the Aalto StAX parser behind a strict decoder, with DTDs refused, for every message
 * version from {@code 001.02} on.
 *
 * <p>Funds availability: the {@code Avlbty} elements of a {@code Bal}, {@code Ntry} or {@code
 * TxDtls} become its {@link dev.o2c.matching.statement.Balance#availability()}, {@link
 * dev.o2c.matching.statement.Entry#availability()} or {@link
 * dev.o2c.matching.statement.Transaction#availability()}: one distributed {@link
 * dev.o2c.matching.statement.FundsAvailability} with code {@code D}, {@code Dt/NbOfDays} a
 * distribution by days and {@code Dt/ActlDt} one by date, each amount negative when its {@code
 * CdtDbtInd} is {@code DBIT} (as for balances). The parts are sorted, days before dates, and the
 * amounts of the same days or date added up. They must be in the currency of the balance or entry
 * they belong to, else reading fails; they are not compared with its amount, since camt sets no
 * such rule. {@code TxsSummry/TtlNtriesPerBkTxCd/Avlbty} is not read.
 *
 * <p>Statement text: {@code Stmt/AddtlStmtInf}, {@code Rpt/AddtlRptInf} and {@code
 * Ntfctn/AddtlNtfctnInf} become {@link dev.o2c.matching.statement.Statement#additionalInfo()}, one
 * element each, exactly as sent.
 */
package dev.o2c.matching.statement.camt;

/**
 * Reader for SWIFT MT940 customer statements and MT942 interim transaction reports:
 * {@link dev.o2c.matching.statement.mt940.Mt940Reader}.
 *
 * <p>The reader works in three layers, each streaming: a line reader (LF, CRLF or CR line ends,
 * stray control bytes dropped, UTF-8 or Latin-1 decoded byte by byte, lines longer than 4096
 * characters refused), a field splitter (SWIFT blocks {@code {1:}...{4:} and {@code -}} unwrapped,
 * export headers skipped, continuation lines kept with their field, a {@code -} line inside a field
 * kept as its text unless the message can end there, fields longer than 64 KiB refused), and the message parser, which holds one message header and one statement line at a time.
 *
 * <p>The {@code :86:} information to account owner is read in three dialects:
 *
 * <ul>
 *   <li>German GVC: {@code 166?00UEBERWEISUNG?10931?20SVWZ+...?30BIC?31IBAN?32name?33name}. The
 *       lines are joined without separators before the {@code ?NN} sub-fields are cut, because
 *       banks break sub-fields anywhere. {@code ?00} is the posting text, {@code ?10} the primanota,
 *       {@code ?20}-{@code ?29} and {@code ?60}-{@code ?63} the remittance (joined without
 *       separators), {@code ?30} bank code or BIC, {@code ?31} account ({@code ?38} IBAN wins),
 *       {@code ?32}+{@code ?33} the name, {@code ?34} the text key addition (for returns the SEPA
 *       return reason). SEPA keys inside the remittance ({@code EREF+}, {@code KREF+},
 *       {@code MREF+}, {@code CRED+}, {@code DEBT+}, {@code SVWZ+}, {@code ABWA+}, {@code ABWE+},
 *       {@code COAM+}, {@code OAMT+}, {@code PURP+} ...) map to end-to-end id, customer reference,
 *       mandate id, remittance text ({@code SVWZ+}) and ultimate parties.</li>
 *   <li>Dutch keyed: {@code /EREF/.../CNTP/IBAN/BIC/name/city/REMI/USTD//text/} with {@code /TRTP/},
 *       {@code /IBAN/}, {@code /BIC/}, {@code /NAME/}, {@code /ORDP/}, {@code /BENM/},
 *       {@code /MARF/}, {@code /CSID/}, {@code /RTRN/}, {@code /ULTD/}, {@code /ULTC/} ...;
 *       {@code /REMI/STRD/CUR/ref/} is a structured creditor reference (checked when it is an
 *       ISO 11649 {@code RF} reference).</li>
 *   <li>Free text: every non-blank line, right-trimmed, is an unstructured remittance line as sent.
 *       Sberbank's non-standard {@code :NS:} detail field is read the same way.</li>
 * </ul>
 */
package dev.o2c.matching.statement.mt940;

package org.onewindow.print;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * The issuing of one document: its number (〔2026〕N号, handed out by the caller's per-office
 * numbering), when it was first issued, and — for a reprint — when it was printed again.
 */
public record Issue(String documentNumber, LocalDateTime issuedAt, Optional<LocalDateTime> reprintedAt) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public Issue {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(reprintedAt, "reprintedAt");
    }

    public static Issue of(String documentNumber, LocalDateTime issuedAt) {
        return new Issue(documentNumber, issuedAt, Optional.empty());
    }

    /** The same document printed again at {@code when}: identical, stamped 补打 with the time. */
    public Issue reprint(LocalDateTime when) {
        return new Issue(documentNumber, issuedAt, Optional.of(when));
    }

    String stamp() {
        return reprintedAt.map(at -> "补打 " + STAMP.format(at)).orElse("");
    }
}

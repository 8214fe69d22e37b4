package org.onewindow.domain.applicant;

import java.time.LocalDate;
import java.util.Objects;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.identity.IdNumber;
import org.onewindow.domain.identity.IdentifierCheck;
import org.onewindow.domain.identity.Identifiers;

/**
 * The agent (代理人 / 帮办代办员) who applies on the applicant's behalf. The components are the recorded
 * event's fields; {@link #identifier()} is the number as its value type.
 */
public record Agent(String name, IdKind idKind, String idNumber, String phone) {

    public Agent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idKind, "idKind");
        Objects.requireNonNull(idNumber, "idNumber");
        phone = phone == null ? "" : phone;
    }

    /** The agent's document number as recorded, read by today's rules (see {@link Identifiers#recorded}). */
    public IdNumber identifier() {
        return Identifiers.recorded(idKind, idNumber);
    }

    /** The document number checked as if it were typed in on {@code day}. */
    public IdentifierCheck identifierCheck(LocalDate day) {
        return Identifiers.check(idKind, idNumber, day);
    }
}

package org.onewindow.domain.applicant;

import java.time.LocalDate;
import java.util.Objects;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.identity.IdNumber;
import org.onewindow.domain.identity.IdentifierCheck;
import org.onewindow.domain.identity.Identifiers;

/**
 * The applicant (申请人): a person identified by an identity document, or a company identified by
 * its unified social credit code with its legal representative (法定代表人).
 *
 * <p>The components are the recorded event's fields and keep its shape; {@link #identifier()} is the number
 * as its value type, which everything that shows, searches or prints the number uses.
 */
public record Applicant(
        ApplicantType type,
        String name,
        IdKind idKind,
        String idNumber,
        String phone,
        String address,
        String legalRepresentative) {

    public Applicant {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idKind, "idKind");
        Objects.requireNonNull(idNumber, "idNumber");
        phone = phone == null ? "" : phone;
        address = address == null ? "" : address;
        legalRepresentative = legalRepresentative == null ? "" : legalRepresentative;
    }

    /** The applicant's document number as recorded, read by today's rules (see {@link Identifiers#recorded}). */
    public IdNumber identifier() {
        return Identifiers.recorded(idKind, idNumber);
    }

    /** The document number checked as if it were typed in on {@code day}. */
    public IdentifierCheck identifierCheck(LocalDate day) {
        return Identifiers.check(idKind, idNumber, day);
    }
}

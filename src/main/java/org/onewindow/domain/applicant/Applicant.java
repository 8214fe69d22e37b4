package org.onewindow.domain.applicant;

import java.util.Objects;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;

/**
 * The applicant (申请人): a person identified by an identity document, or a company identified by
 * its unified social credit code with its legal representative (法定代表人).
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
}

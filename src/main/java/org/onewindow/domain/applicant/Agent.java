package org.onewindow.domain.applicant;

import java.util.Objects;
import org.onewindow.domain.identity.IdKind;

/** The agent (代理人 / 帮办代办员) who applies on the applicant's behalf. */
public record Agent(String name, IdKind idKind, String idNumber, String phone) {

    public Agent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idKind, "idKind");
        Objects.requireNonNull(idNumber, "idNumber");
        phone = phone == null ? "" : phone;
    }
}

package org.onewindow.print;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The values of one issued certificate (出证): its number, holder, the case it came from, the
 * issuing date, and the template's other fields by name.
 */
public record CertificateData(String certificateNumber, String caseNumber, String holder, LocalDate issuedOn,
                              Map<String, String> values) {

    public CertificateData {
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(issuedOn, "issuedOn");
        values = Map.copyOf(values);
    }

    /** The value of a template field; the number, holder and date are fields too. */
    String value(String field) {
        Map<String, String> all = new HashMap<>(values);
        all.put("certificateNumber", certificateNumber);
        all.put("holder", holder);
        all.put("issuedOn", DocumentWriter.date(issuedOn));
        String value = all.get(field);
        if (value == null) {
            throw new IllegalArgumentException("证照模板字段“" + field + "”没有数据");
        }
        return value;
    }
}

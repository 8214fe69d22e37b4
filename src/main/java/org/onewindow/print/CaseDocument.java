package org.onewindow.print;

import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.Catalog;

/** A paper about a case's application: it speaks for the deciding authority of the case's items. */
interface CaseDocument extends DocumentContent {

    Catalog catalog();

    Intake intake();

    @Override
    default Signatory signatory(OfficeDirectory offices) {
        return Signatory.of(catalog(), new IntakeFacts(catalog(), intake()).items(), offices);
    }
}

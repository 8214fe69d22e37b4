package org.onewindow.app;

import java.time.LocalDate;

/**
 * Something about an application the clerk should know before recording it, and may go on despite with a reason:
 * the same applicant has an open case of the same item, or the ID number was recorded before under another name.
 *
 * @param caseNumber the earlier case's number
 * @param otherName  for {@link Kind#ID_WITH_ANOTHER_NAME}: the name it was recorded under
 * @param items      the earlier case's items, as listed
 */
public record IntakeWarning(Kind kind, String caseNumber, LocalDate receivedOn, String otherName, String items) {

    public enum Kind {
        /** 重复申请: an open case of the same applicant for one of the same items. */
        SAME_APPLICANT_AND_ITEM_OPEN,
        /** 证件号码与姓名不符: the same number under another name. */
        ID_WITH_ANOTHER_NAME
    }

    /** As kept with the case and in the log: in Chinese, the language of the record. */
    public String record() {
        return switch (kind) {
            case SAME_APPLICANT_AND_ITEM_OPEN -> "同一申请人同一事项尚有在办件 " + caseNumber + "（" + receivedOn + " 收件，" + items + "）";
            case ID_WITH_ANOTHER_NAME -> "证件号码曾以“" + otherName + "”的名义申请（" + caseNumber + "，" + receivedOn + "）";
        };
    }
}

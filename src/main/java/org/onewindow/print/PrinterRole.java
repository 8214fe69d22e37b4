package org.onewindow.print;

import org.onewindow.print.layout.Paper;

/** Which of the hall's printers a document goes to; settings map each role to a printer. */
public enum PrinterRole {
    RECEIPT("回执打印机（A5）", Paper.A5),
    DOCUMENT("文书打印机（A4）", Paper.A4),
    CERTIFICATE("证照打印机", Paper.A4);

    private final String label;
    private final Paper paper;

    PrinterRole(String label, Paper paper) {
        this.label = label;
        this.paper = paper;
    }

    public String label() {
        return label;
    }

    /** The paper this role's documents are laid out on, and so the paper loaded unless set otherwise. */
    public Paper paper() {
        return paper;
    }
}

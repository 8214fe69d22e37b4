package org.onewindow.print;

/** Which of the hall's printers a document goes to; settings map each role to a printer. */
public enum PrinterRole {
    RECEIPT("回执打印机（A5）"),
    DOCUMENT("文书打印机（A4）"),
    CERTIFICATE("证照打印机");

    private final String label;

    PrinterRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.onewindow.print;

import org.onewindow.print.layout.Paper;

/** The documents the window prints, each with its title, paper and printer. */
public enum DocumentKind {
    /** A5 unless the office chooses A4 ({@link OfficeDirectory#receiptPaper()}). */
    RECEIPT("受理通知书", Paper.A5, PrinterRole.RECEIPT),
    DEFICIENCY_NOTICE("补正材料一次性告知书", Paper.A4_OFFICIAL, PrinterRole.DOCUMENT),
    REFUSAL_NOTICE("不予受理通知书", Paper.A4_OFFICIAL, PrinterRole.DOCUMENT),
    TOLERANCE_NOTICE("容缺受理通知书", Paper.A4_OFFICIAL, PrinterRole.DOCUMENT),
    TOLERANCE_COMMITMENT("容缺受理承诺书", Paper.A4_OFFICIAL, PrinterRole.DOCUMENT),
    COMMITMENT_LETTER("告知承诺书", Paper.A4_OFFICIAL, PrinterRole.DOCUMENT),
    DENIAL_DECISION("不予行政许可决定书", Paper.A4_OFFICIAL, PrinterRole.DOCUMENT),
    VOID_NOTICE("作废通知书", Paper.A4_OFFICIAL, PrinterRole.DOCUMENT),
    SERVICE_GUIDE("办事指南", Paper.A4, PrinterRole.DOCUMENT),
    CERTIFICATE("证照", Paper.A4, PrinterRole.CERTIFICATE),
    CALIBRATION_PAGE("套打校准页", Paper.A4, PrinterRole.CERTIFICATE),
    PROXY_RECEIPT("代办受理回执", Paper.A4, PrinterRole.DOCUMENT),
    PROXY_AUTHORISATION("委托代办书", Paper.A4, PrinterRole.DOCUMENT),
    HANDOVER_SHEET("代办件交接单", Paper.A4, PrinterRole.DOCUMENT),
    /** A5, so it fits whichever paper the printer it tests holds. */
    TEST_PAGE("打印测试页", Paper.A5, PrinterRole.RECEIPT),
    /** 套打: the certificate's values printed onto pre-printed stock, recorded apart from a plain-paper print. */
    CERTIFICATE_ON_STOCK("证照（套打）", Paper.A4_LANDSCAPE, PrinterRole.CERTIFICATE),
    COLLECTION_RECEIPT("办理结果领取签收单", Paper.A5, PrinterRole.RECEIPT),
    MAIL_LABEL("邮寄面单", Paper.A5, PrinterRole.RECEIPT);

    private final String title;
    private final Paper paper;
    private final PrinterRole printer;

    DocumentKind(String title, Paper paper, PrinterRole printer) {
        this.title = title;
        this.paper = paper;
        this.printer = printer;
    }

    public String title() {
        return title;
    }

    public Paper paper() {
        return paper;
    }

    public PrinterRole printer() {
        return printer;
    }
}

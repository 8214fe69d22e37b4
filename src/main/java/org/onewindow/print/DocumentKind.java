package org.onewindow.print;

import org.onewindow.print.layout.Paper;

/** The documents the window prints, each with its title, paper and printer. */
public enum DocumentKind {
    RECEIPT("受理通知书", Paper.A5, PrinterRole.RECEIPT),
    DEFICIENCY_NOTICE("补正材料一次性告知书", Paper.A4, PrinterRole.DOCUMENT),
    REFUSAL_NOTICE("不予受理通知书", Paper.A4, PrinterRole.DOCUMENT),
    TOLERANCE_NOTICE("容缺受理通知书", Paper.A4, PrinterRole.DOCUMENT),
    TOLERANCE_COMMITMENT("容缺受理承诺书", Paper.A4, PrinterRole.DOCUMENT),
    COMMITMENT_LETTER("告知承诺书", Paper.A4, PrinterRole.DOCUMENT),
    SERVICE_GUIDE("办事指南", Paper.A4, PrinterRole.DOCUMENT),
    CERTIFICATE("证照", Paper.A4, PrinterRole.CERTIFICATE),
    CALIBRATION_PAGE("套打校准页", Paper.A4, PrinterRole.CERTIFICATE),
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

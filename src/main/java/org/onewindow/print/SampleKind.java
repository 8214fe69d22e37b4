package org.onewindow.print;

/** The document kinds {@code onewindow print-sample} renders, by their command-line names. */
public enum SampleKind {
    RECEIPT("receipt", "受理通知书（A5）"),
    RECEIPT_A4("receipt-a4", "受理通知书（办公场所选择 A4 纸时）"),
    LONG_RECEIPT("long-receipt", "受理通知书：40 项材料、200 字申请人名称，跨页"),
    BUNDLE_RECEIPT("bundle-receipt", "受理通知书：开餐馆一件事（两个实施机关，受托受理）"),
    PAYMENT_RECEIPT("payment-receipt", "受理通知书：失业保险金申领（行政给付，受托受理）"),
    DEFICIENCY_NOTICE("deficiency-notice", "补正材料一次性告知书"),
    REFUSAL_NOTICE("refusal-notice", "不予受理通知书"),
    TOLERANCE_NOTICE("tolerance-notice", "容缺受理通知书"),
    TOLERANCE_COMMITMENT("tolerance-commitment", "容缺受理承诺书"),
    COMMITMENT_LETTER("commitment-letter", "告知承诺书"),
    DENIAL_DECISION("denial-decision", "不予行政许可决定书（审查后，行政许可法第三十八条）"),
    GUIDE("guide", "办事指南（单个事项）"),
    BUNDLE_GUIDE("bundle-guide", "办事指南（一件事套餐）"),
    CERTIFICATE("certificate", "食品经营许可证：白纸全页打印（样张）"),
    CERTIFICATE_ON_STOCK("certificate-stock", "食品经营许可证：套打，只打印内容（按打印机校准偏移）"),
    LICENCE("licence", "营业执照（个体工商户）：白纸全页打印（样张）"),
    CALIBRATION("calibration", "套打校准页");

    private final String cliName;
    private final String description;

    SampleKind(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    public String cliName() {
        return cliName;
    }

    public String description() {
        return description;
    }

    public static SampleKind ofCliName(String name) {
        for (SampleKind kind : values()) {
            if (kind.cliName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("未知的文书种类“" + name + "”");
    }
}

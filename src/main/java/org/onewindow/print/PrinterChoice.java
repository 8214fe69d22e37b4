package org.onewindow.print;

import java.util.Objects;
import org.onewindow.print.layout.Paper;

/**
 * Where one kind of document is printed at this workstation (打印机设置).
 *
 * @param printerName the printer's name as the system lists it; empty for the system's default printer
 * @param paper       the paper loaded for these documents (A4 or A5)
 * @param tray        the tray (纸盒) as the printer's driver names it; empty for the printer's own choice
 */
public record PrinterChoice(String printerName, Paper paper, String tray) {

    public PrinterChoice {
        printerName = printerName == null ? "" : printerName.strip();
        tray = tray == null ? "" : tray.strip();
        Objects.requireNonNull(paper, "paper");
        if (paper != Paper.A4 && paper != Paper.A5) {
            throw new IllegalArgumentException("打印机只能装 A4 或 A5 纸，不能设为 " + paper);
        }
    }

    /** The system's default printer, with the paper the role's documents are laid out on. */
    public static PrinterChoice systemDefault(PrinterRole role) {
        return new PrinterChoice("", role.paper(), "");
    }

    public boolean usesSystemDefault() {
        return printerName.isEmpty();
    }
}

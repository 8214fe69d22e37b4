package org.onewindow.print;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which printer takes which kind of document, and each printer's calibration for pre-printed stock.
 * A value record: the caller persists it with the workstation's settings.
 *
 * @param printers      printer name per role; a role not present prints to the system's default printer
 * @param offsets       calibration per printer name
 * @param confirmBefore whether the app asks before printing (false: print silently at once)
 */
public record PrinterSettings(Map<PrinterRole, String> printers, Map<String, PrintOffset> offsets, boolean confirmBefore) {

    public PrinterSettings {
        printers = printers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(printers));
        offsets = Map.copyOf(offsets);
    }

    /** Everything to the default printer, asking first. */
    public static PrinterSettings defaults() {
        return new PrinterSettings(Map.of(), Map.of(), true);
    }

    public Optional<String> printerFor(PrinterRole role) {
        return Optional.ofNullable(printers.get(role));
    }

    public PrintOffset offsetOf(String printerName) {
        return offsets.getOrDefault(printerName, PrintOffset.NONE);
    }

    public PrinterSettings withPrinter(PrinterRole role, String printerName) {
        Map<PrinterRole, String> changed = new EnumMap<>(PrinterRole.class);
        changed.putAll(printers);
        changed.put(role, printerName);
        return new PrinterSettings(changed, offsets, confirmBefore);
    }

    public PrinterSettings withOffset(String printerName, PrintOffset offset) {
        Map<String, PrintOffset> changed = new HashMap<>(offsets);
        changed.put(printerName, offset);
        return new PrinterSettings(printers, changed, confirmBefore);
    }
}

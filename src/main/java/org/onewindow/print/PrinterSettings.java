package org.onewindow.print;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which printer, paper and tray take which kind of document at this workstation, and each printer's
 * calibration for pre-printed stock. A value record: the application layer keeps it with the workstation's
 * settings.
 *
 * @param choices printer per role; a role not present prints to the system's default printer
 * @param offsets calibration per printer name
 */
public record PrinterSettings(Map<PrinterRole, PrinterChoice> choices, Map<String, PrintOffset> offsets) {

    public PrinterSettings {
        choices = choices == null || choices.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(choices));
        offsets = offsets == null ? Map.of() : Map.copyOf(offsets);
    }

    /** Everything to the system's default printer. */
    public static PrinterSettings defaults() {
        return new PrinterSettings(Map.of(), Map.of());
    }

    public PrinterChoice choiceFor(PrinterRole role) {
        return choices.getOrDefault(role, PrinterChoice.systemDefault(role));
    }

    /** The printer set for the role; empty when it prints to the system's default. */
    public Optional<String> printerFor(PrinterRole role) {
        PrinterChoice choice = choiceFor(role);
        return choice.usesSystemDefault() ? Optional.empty() : Optional.of(choice.printerName());
    }

    public PrintOffset offsetOf(String printerName) {
        return offsets.getOrDefault(printerName, PrintOffset.NONE);
    }

    public PrinterSettings with(PrinterRole role, PrinterChoice choice) {
        Map<PrinterRole, PrinterChoice> changed = new EnumMap<>(PrinterRole.class);
        changed.putAll(choices);
        changed.put(role, choice);
        return new PrinterSettings(changed, offsets);
    }

    /** The role's documents to {@code printerName}, on the paper and tray set before. */
    public PrinterSettings withPrinter(PrinterRole role, String printerName) {
        PrinterChoice before = choiceFor(role);
        return with(role, new PrinterChoice(printerName, before.paper(), before.tray()));
    }

    public PrinterSettings withOffset(String printerName, PrintOffset offset) {
        Map<String, PrintOffset> changed = new HashMap<>(offsets);
        changed.put(printerName, offset);
        return new PrinterSettings(choices, changed);
    }
}

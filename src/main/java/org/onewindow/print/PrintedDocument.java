package org.onewindow.print;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.onewindow.codec.EventHash;

/**
 * A rendered document: the exact PDF bytes that are previewed, printed and kept with the case.
 *
 * @param authenticityCode the signed QR text, empty for documents without one (the guide)
 */
public record PrintedDocument(DocumentKind kind, String documentNumber, String caseNumber, byte[] pdf,
                              String authenticityCode) {

    /** For the {@code DocumentPrinted} event: which bytes were printed. */
    public String sha256() {
        return EventHash.sha256(pdf);
    }

    /** Writes the PDF whole or not at all (temporary file, then an atomic rename). */
    public void writeTo(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".part");
        Files.write(temporary, pdf);
        try {
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

package org.onewindow.print;

import java.util.Map;
import java.util.Objects;
import org.onewindow.domain.catalog.Department;
import org.onewindow.print.layout.Paper;

/**
 * The offices papers speak for: the hall where the window is, and each deciding authority (实施机关) by its catalog
 * code. An authority nobody has described prints under the catalog's name for it.
 *
 * @param receiptPaper the paper the hall hands receipts out on (A5 by default; A4 if the office chooses)
 */
public record OfficeDirectory(OfficeProfile hall, Map<String, OfficeProfile> authorities, Paper receiptPaper) {

    public OfficeDirectory {
        Objects.requireNonNull(hall, "hall");
        authorities = Map.copyOf(authorities);
        receiptPaper = receiptPaper == null ? Paper.A5 : receiptPaper;
        if (receiptPaper != Paper.A5 && receiptPaper != Paper.A4_OFFICIAL) {
            throw new IllegalArgumentException("受理通知书只能用 A5 或 A4 纸打印");
        }
    }

    /** A hall with no authority described: every authority prints under the catalog's name. */
    public static OfficeDirectory ofHall(OfficeProfile hall) {
        return new OfficeDirectory(hall, Map.of(), Paper.A5);
    }

    public OfficeProfile authority(Department department) {
        OfficeProfile described = authorities.get(department.code());
        return described != null ? described : OfficeProfile.named(department.name());
    }
}

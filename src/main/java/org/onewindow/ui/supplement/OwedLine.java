package org.onewindow.ui.supplement;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;

/**
 * One material the case still owes (a deficiency of the one-time notice or a tolerated material),
 * with what the applicant brought for it today. It starts as still missing: the clerk marks only
 * what is actually on the counter.
 */
public final class OwedLine {

    /** What the clerk may record at the counter: the material arrived, or it did not. */
    public static final List<MaterialStatus> CHOICES =
            List.of(MaterialStatus.PRESENTED_ORIGINAL, MaterialStatus.PRESENTED_COPY, MaterialStatus.MISSING);

    private final String materialCode;
    private final String materialName;
    private final String why;
    private final ObjectProperty<MaterialStatus> brought = new SimpleObjectProperty<>(this, "brought", MaterialStatus.MISSING);

    OwedLine(String materialCode, String materialName, String why) {
        this.materialCode = materialCode;
        this.materialName = materialName;
        this.why = why;
    }

    public String materialCode() {
        return materialCode;
    }

    public String materialName() {
        return materialName;
    }

    /** Why it is owed: the notice's problem and remedy, or the date it was promised by. */
    public String why() {
        return why;
    }

    public ObjectProperty<MaterialStatus> broughtProperty() {
        return brought;
    }

    public boolean arrived() {
        return brought.get().satisfied();
    }

    MaterialCheck check() {
        return MaterialCheck.of(materialCode, materialName, brought.get());
    }
}

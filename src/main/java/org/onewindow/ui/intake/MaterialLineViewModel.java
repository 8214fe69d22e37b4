package org.onewindow.ui.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;

/**
 * One line of the material checklist: the requirement with its flags in words, and the clerk's
 * finding. Only the states the material allows can be set; a defect carries a note, a tolerated
 * material the date it is promised by, a reused one where it came from.
 */
public final class MaterialLineViewModel {

    private final MaterialRequirement requirement;
    private final String forItems;
    private final String flags;
    private final List<MaterialStatus> allowed;
    private final ObjectProperty<MaterialStatus> status = new SimpleObjectProperty<>(this, "status", MaterialStatus.NOT_CHECKED);
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final ObjectProperty<LocalDate> promisedBy = new SimpleObjectProperty<>(this, "promisedBy");
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");

    MaterialLineViewModel(MaterialRequirement requirement, String forItems, Localization text) {
        this.requirement = requirement;
        this.forItems = forItems;
        this.flags = flagsOf(requirement, text);
        this.allowed = MaterialStateChoice.allowedFor(requirement);
        if (requirement.obtainableFromElectronicLicence()) {
            reference.set(requirement.electronicLicence());
        }
    }

    /** "原件 · 2 份 · 必要 · 可容缺 · 可告知承诺 · 免提交（电子营业执照）· 可复用前案". */
    private static String flagsOf(MaterialRequirement requirement, Localization text) {
        List<String> flags = new ArrayList<>();
        flags.add(new Labels(text).of(requirement.form()));
        if (requirement.copies() > 0) {
            flags.add(text.get("intake.material.copies", requirement.copies()));
        }
        flags.add(text.get(requirement.required() ? "intake.material.required" : "intake.material.optional"));
        if (requirement.tolerable()) {
            flags.add(text.get("intake.material.tolerable"));
        }
        if (requirement.commitmentAllowed()) {
            flags.add(text.get("intake.material.commitment"));
        }
        if (requirement.obtainableFromElectronicLicence()) {
            flags.add(text.get("intake.material.electronic", requirement.electronicLicence()));
        }
        if (requirement.reusableFromEarlierCase()) {
            flags.add(text.get("intake.material.earlierCase"));
        }
        return String.join(" · ", flags);
    }

    /** Sets the state if this material allows it; returns whether it did. */
    public boolean choose(MaterialStatus chosen) {
        if (!allowed.contains(chosen)) {
            return false;
        }
        status.set(chosen);
        return true;
    }

    /** The clerk's finding as the policy and the case record it. */
    public MaterialCheck check() {
        MaterialStatus current = status.get();
        return new MaterialCheck(requirement.code(), requirement.name(), current,
                current == MaterialStatus.TOLERATED ? promisedBy.get() : null,
                current == MaterialStatus.DEFECTIVE ? problem.get().strip() : "",
                current == MaterialStatus.ELECTRONIC_LICENCE || current == MaterialStatus.EARLIER_CASE
                        ? reference.get().strip() : "");
    }

    public MaterialRequirement requirement() {
        return requirement;
    }

    public String name() {
        return requirement.name();
    }

    public String forItems() {
        return forItems;
    }

    public String flags() {
        return flags;
    }

    public String note() {
        return requirement.note();
    }

    public List<MaterialStatus> allowed() {
        return allowed;
    }

    public ObjectProperty<MaterialStatus> statusProperty() {
        return status;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<LocalDate> promisedByProperty() {
        return promisedBy;
    }

    public StringProperty referenceProperty() {
        return reference;
    }
}

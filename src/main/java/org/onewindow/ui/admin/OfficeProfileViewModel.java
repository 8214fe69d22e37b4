package org.onewindow.ui.admin;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.onewindow.app.OfficeDetails;
import org.onewindow.app.OfficeSetup;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.app.Failures;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;

/**
 * 办公场所信息, for the administrator: the office's name and 简称 (for document numbers), address, phone, opening
 * hours, progress enquiries, where a refused applicant turns for review and suit, and the seal image. Every document
 * issued after saving carries them.
 */
public final class OfficeProfileViewModel {

    private final OfficeSetup setup;
    private final User administrator;
    private final TaskExecutor tasks;
    private final Localization texts;
    private final Failures failures;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty abbreviation = new SimpleStringProperty(this, "abbreviation", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty openingHours = new SimpleStringProperty(this, "openingHours", "");
    private final StringProperty progressQuery = new SimpleStringProperty(this, "progressQuery", "");
    private final StringProperty reviewAuthority = new SimpleStringProperty(this, "reviewAuthority", "");
    private final StringProperty litigationCourt = new SimpleStringProperty(this, "litigationCourt", "");
    private final ReadOnlyStringWrapper seal = new ReadOnlyStringWrapper(this, "seal", "");
    private final ReadOnlyBooleanWrapper hasSeal = new ReadOnlyBooleanWrapper(this, "hasSeal");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public OfficeProfileViewModel(OfficeSetup setup, User administrator, TaskExecutor tasks, Localization texts) {
        this.setup = setup;
        this.administrator = administrator;
        this.tasks = tasks;
        this.texts = texts;
        this.failures = new Failures(texts);
    }

    public void load() {
        run(setup::current, "");
    }

    public void save() {
        OfficeDetails typed = new OfficeDetails(name.get(), abbreviation.get(), address.get(), phone.get(),
                openingHours.get(), progressQuery.get(), reviewAuthority.get(), litigationCourt.get(), hasSeal.get());
        run(() -> setup.save(administrator, typed), texts.get("office.saved"));
    }

    /** The seal image chosen by the administrator (a PNG); it is copied into the workstation's data. */
    public void useSeal(Path png) {
        run(() -> setup.useSeal(administrator, png), texts.get("office.sealSet"));
    }

    public void removeSeal() {
        run(() -> setup.removeSeal(administrator), texts.get("office.sealRemoved"));
    }

    private void run(Callable<OfficeDetails> work, String done) {
        busy.set(true);
        tasks.execute(work, details -> {
            busy.set(false);
            show(details);
            failed.set(false);
            status.set(done);
        }, error -> {
            busy.set(false);
            failed.set(true);
            status.set(failures.describe(error));
        });
    }

    private void show(OfficeDetails details) {
        name.set(details.name());
        abbreviation.set(details.abbreviation());
        address.set(details.address());
        phone.set(details.phone());
        openingHours.set(details.openingHours());
        progressQuery.set(details.progressQuery());
        reviewAuthority.set(details.reviewAuthority());
        litigationCourt.set(details.litigationCourt());
        hasSeal.set(details.hasSeal());
        seal.set(texts.get(details.hasSeal() ? "office.sealPresent" : "office.sealAbsent"));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty abbreviationProperty() {
        return abbreviation;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty openingHoursProperty() {
        return openingHours;
    }

    public StringProperty progressQueryProperty() {
        return progressQuery;
    }

    public StringProperty reviewAuthorityProperty() {
        return reviewAuthority;
    }

    public StringProperty litigationCourtProperty() {
        return litigationCourt;
    }

    /** Whether a seal is printed, in words. */
    public ReadOnlyStringProperty sealProperty() {
        return seal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSealProperty() {
        return hasSeal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

package org.onewindow.ui.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.domain.applicant.Agent;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.catalog.Situation;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.identity.IdNumber;
import org.onewindow.domain.identity.IdentifierCheck;
import org.onewindow.domain.identity.Identifiers;
import org.onewindow.domain.identity.PhoneNumber;
import org.onewindow.ui.app.Localization;

/**
 * Step 2, applicant (申请人): a person or a company (credit code and legal representative), an agent
 * if any, and the situations (情形) the chosen items offer. Every field is checked as it is typed and
 * its problem is shown in Chinese beneath it; a required field left empty is only reported once the
 * clerk tries to go on, so an empty form does not greet them in red.
 */
public final class ApplicantViewModel {

    private final Localization text;
    private final Clock clock;
    private final NameCheck names;

    private final ObjectProperty<ApplicantType> type = new SimpleObjectProperty<>(this, "type", ApplicantType.PERSON);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<IdKind> idKind = new SimpleObjectProperty<>(this, "idKind", IdKind.RESIDENT_ID);
    private final StringProperty idNumber = new SimpleStringProperty(this, "idNumber", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty legalRepresentative = new SimpleStringProperty(this, "legalRepresentative", "");
    private final BooleanProperty hasAgent = new SimpleBooleanProperty(this, "hasAgent");
    private final StringProperty agentName = new SimpleStringProperty(this, "agentName", "");
    private final ObjectProperty<IdKind> agentIdKind = new SimpleObjectProperty<>(this, "agentIdKind", IdKind.RESIDENT_ID);
    private final StringProperty agentIdNumber = new SimpleStringProperty(this, "agentIdNumber", "");
    private final StringProperty agentPhone = new SimpleStringProperty(this, "agentPhone", "");
    private final BooleanProperty showMissing = new SimpleBooleanProperty(this, "showMissing");

    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper(this, "nameProblem", "");
    private final ReadOnlyStringWrapper idNumberProblem = new ReadOnlyStringWrapper(this, "idNumberProblem", "");
    private final ReadOnlyStringWrapper phoneProblem = new ReadOnlyStringWrapper(this, "phoneProblem", "");
    private final ReadOnlyStringWrapper addressProblem = new ReadOnlyStringWrapper(this, "addressProblem", "");
    private final ReadOnlyStringWrapper legalRepresentativeProblem = new ReadOnlyStringWrapper(this, "legalRepresentativeProblem", "");
    private final ReadOnlyStringWrapper agentNameProblem = new ReadOnlyStringWrapper(this, "agentNameProblem", "");
    private final ReadOnlyStringWrapper agentIdNumberProblem = new ReadOnlyStringWrapper(this, "agentIdNumberProblem", "");
    private final ReadOnlyStringWrapper agentPhoneProblem = new ReadOnlyStringWrapper(this, "agentPhoneProblem", "");
    private final ReadOnlyStringWrapper idNumberHint = new ReadOnlyStringWrapper(this, "idNumberHint", "");

    private final ObservableList<SituationChoice> situations = FXCollections.observableArrayList();
    private final BooleanBinding complete;
    private List<ServiceItem> items = List.of();

    /** Addresses hold free text (room numbers, quotes) but not a pasted document. */
    static final int ADDRESS_MAX = 200;

    public ApplicantViewModel(Localization text, Clock clock) {
        this.text = text;
        this.clock = clock;
        this.names = new NameCheck(text);
        // a choice box emptied while its choices change (person ↔ company) must not leave the number without a kind
        // an invalidation listener, so it runs before the checks below (change listeners come after them)
        idKind.addListener(observable -> {
            if (idKind.get() == null) {
                idKind.set(type.get() == ApplicantType.COMPANY ? IdKind.CREDIT_CODE : IdKind.RESIDENT_ID);
            }
        });
        agentIdKind.addListener(observable -> {
            if (agentIdKind.get() == null) {
                agentIdKind.set(IdKind.RESIDENT_ID);
            }
        });
        Observable[] inputs = {type, name, idKind, idNumber, phone, address, legalRepresentative, hasAgent,
                agentName, agentIdKind, agentIdNumber, agentPhone, showMissing};
        for (Observable input : inputs) {
            input.addListener(changed -> validate());
        }
        type.addListener((observable, before, now) -> {
            idKind.set(now == ApplicantType.COMPANY ? IdKind.CREDIT_CODE : IdKind.RESIDENT_ID);
            offerSituations();
        });
        // the catalog says which situation is an agent's (委托代理): it follows the agent check box
        hasAgent.addListener((observable, before, now) -> situations.stream()
                .filter(SituationChoice::agent)
                .forEach(choice -> choice.selectedProperty().set(now)));
        complete = Bindings.createBooleanBinding(this::valid, inputs);
        validate();
    }

    /** The items chosen in step 1 decide which situations are offered; choices already made are kept. */
    public void useItems(List<ServiceItem> chosenItems) {
        this.items = List.copyOf(chosenItems);
        offerSituations();
    }

    private void offerSituations() {
        Map<String, Boolean> before = new LinkedHashMap<>();
        situations.forEach(choice -> before.put(choice.code(), choice.selectedProperty().get()));
        Map<String, Situation> offered = new LinkedHashMap<>();
        for (ServiceItem item : items) {
            item.situationsFor(type.get()).forEach(situation -> offered.putIfAbsent(situation.code(), situation));
        }
        List<SituationChoice> choices = new ArrayList<>();
        for (Situation situation : offered.values()) {
            boolean selected = situation.agent() ? hasAgent.get()
                    : before.getOrDefault(situation.code(), false);
            choices.add(new SituationChoice(situation, selected));
        }
        situations.setAll(choices);
    }

    /** Tells the clerk about every required field still empty; returns whether the step is complete. */
    public boolean attemptAdvance() {
        showMissing.set(true);
        return valid();
    }

    private void validate() {
        boolean company = type.get() == ApplicantType.COMPANY;
        nameProblem.set(problemOf(name.get(), company ? names.company(name.get()) : names.person(name.get())));
        IdentifierCheck id = Identifiers.check(idKind.get(), idNumber.get(), today());
        idNumberProblem.set(problemOf(idNumber.get(), problems(id)));
        idNumberHint.set(id.valid() && !id.warnings().isEmpty() ? String.join(text.get("list.sentences"), id.warnings()) : "");
        phoneProblem.set(problemOf(phone.get(), problems(PhoneNumber.check(phone.get()))));
        addressProblem.set(address.get().strip().length() > ADDRESS_MAX
                ? text.get("intake.address.tooLong", ADDRESS_MAX, address.get().strip().length()) : "");
        legalRepresentativeProblem.set(company
                ? problemOf(legalRepresentative.get(), names.person(legalRepresentative.get())) : "");
        if (hasAgent.get()) {
            agentNameProblem.set(problemOf(agentName.get(), names.person(agentName.get())));
            agentIdNumberProblem.set(problemOf(agentIdNumber.get(), problems(Identifiers.check(agentIdKind.get(), agentIdNumber.get(), today()))));
            agentPhoneProblem.set(problemOf(agentPhone.get(), problems(PhoneNumber.check(agentPhone.get()))));
        } else {
            agentNameProblem.set("");
            agentIdNumberProblem.set("");
            agentPhoneProblem.set("");
        }
    }

    /** An empty field's problem ("required") waits until the clerk tries to go on. */
    private String problemOf(String value, Optional<String> problem) {
        boolean empty = value == null || value.isBlank();
        return problem.filter(p -> !empty || showMissing.get()).orElse("");
    }

    private Optional<String> problems(IdentifierCheck check) {
        return check.valid() ? Optional.empty() : Optional.of(String.join(text.get("list.sentences"), check.problems()));
    }

    private boolean valid() {
        boolean company = type.get() == ApplicantType.COMPANY;
        boolean applicantOk = (company ? names.company(name.get()) : names.person(name.get())).isEmpty()
                && Identifiers.check(idKind.get(), idNumber.get(), today()).valid()
                && PhoneNumber.check(phone.get()).valid()
                && address.get().strip().length() <= ADDRESS_MAX
                && (!company || names.person(legalRepresentative.get()).isEmpty());
        boolean agentOk = !hasAgent.get() || (names.person(agentName.get()).isEmpty()
                && Identifiers.check(agentIdKind.get(), agentIdNumber.get(), today()).valid()
                && PhoneNumber.check(agentPhone.get()).valid());
        return applicantOk && agentOk;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The applicant as recorded on the case, identifiers in their standard form. */
    public Applicant applicant() {
        return new Applicant(type.get(), name.get().strip(), idKind.get(),
                recorded(Identifiers.check(idKind.get(), idNumber.get(), today())),
                PhoneNumber.check(phone.get()).normalized(), address.get().strip(),
                type.get() == ApplicantType.COMPANY ? legalRepresentative.get().strip() : "");
    }

    /** The agent, or null when the applicant came in person. */
    public Agent agent() {
        if (!hasAgent.get()) {
            return null;
        }
        return new Agent(agentName.get().strip(), agentIdKind.get(),
                recorded(Identifiers.check(agentIdKind.get(), agentIdNumber.get(), today())),
                PhoneNumber.check(agentPhone.get()).normalized());
    }

    /**
     * The number's standard text from its value type; a number the checks refuse goes on cleaned up, and the
     * use case that records it refuses it with the same reasons.
     */
    private static String recorded(IdentifierCheck check) {
        return check.acceptedNumber().map(IdNumber::text).orElse(check.normalized());
    }

    public List<String> selectedSituationCodes() {
        return situations.stream().filter(choice -> choice.selectedProperty().get()).map(SituationChoice::code).toList();
    }

    /** The identity documents a person may present; a company always presents its credit code. */
    public List<IdKind> personIdKinds() {
        return List.of(IdKind.RESIDENT_ID, IdKind.RESIDENCE_PERMIT, IdKind.FOREIGN_PERMANENT_RESIDENT, IdKind.PASSPORT);
    }

    public ObjectProperty<ApplicantType> typeProperty() {
        return type;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<IdKind> idKindProperty() {
        return idKind;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty legalRepresentativeProperty() {
        return legalRepresentative;
    }

    public BooleanProperty hasAgentProperty() {
        return hasAgent;
    }

    public StringProperty agentNameProperty() {
        return agentName;
    }

    public ObjectProperty<IdKind> agentIdKindProperty() {
        return agentIdKind;
    }

    public StringProperty agentIdNumberProperty() {
        return agentIdNumber;
    }

    public StringProperty agentPhoneProperty() {
        return agentPhone;
    }

    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty idNumberProblemProperty() {
        return idNumberProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty idNumberHintProperty() {
        return idNumberHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneProblemProperty() {
        return phoneProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty addressProblemProperty() {
        return addressProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty legalRepresentativeProblemProperty() {
        return legalRepresentativeProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty agentNameProblemProperty() {
        return agentNameProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty agentIdNumberProblemProperty() {
        return agentIdNumberProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty agentPhoneProblemProperty() {
        return agentPhoneProblem.getReadOnlyProperty();
    }

    public ObservableList<SituationChoice> situations() {
        return situations;
    }

    public BooleanBinding completeProperty() {
        return complete;
    }

    /** One situation offered by the chosen items, ticked or not. */
    public static final class SituationChoice {
        private final Situation situation;
        private final BooleanProperty selected;

        SituationChoice(Situation situation, boolean selected) {
            this.situation = situation;
            this.selected = new SimpleBooleanProperty(this, "selected", selected);
        }

        public String code() {
            return situation.code();
        }

        public String name() {
            return situation.name();
        }

        /** The catalog's situation of an application made by an agent, chosen by the agent check box. */
        public boolean agent() {
            return situation.agent();
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }
    }
}

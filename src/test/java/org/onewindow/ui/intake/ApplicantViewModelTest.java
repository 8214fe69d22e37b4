package org.onewindow.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.codec.CatalogJson;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.catalog.Situation;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.ui.app.Localization;

class ApplicantViewModelTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final String VALID_ID = "11010519491231002X";
    static final String VALID_CREDIT_CODE = "91350100M000100Y43";

    private final ApplicantViewModel form = new ApplicantViewModel(Localization.chinese(), TODAY);

    private void fillValidPerson() {
        form.nameProperty().set("张三");
        form.idNumberProperty().set(VALID_ID);
        form.phoneProperty().set("13800138000");
    }

    @Test
    void aValidPersonCompletesTheStepWithNumbersInStandardForm() {
        fillValidPerson();
        form.idNumberProperty().set("11010519491231002x");
        assertThat(form.completeProperty().get()).isTrue();
        assertThat(form.applicant().idNumber()).isEqualTo(VALID_ID);
        assertThat(form.agent()).isNull();
    }

    @Test
    void aNumberTypedWithSpacesHyphensOrFullWidthDigitsIsRecordedInItsStandardForm() {
        fillValidPerson();
        for (String typed : List.of("110105 19491231 002x", "110105-19491231-002X", "１１０１０５１９４９１２３１００２Ｘ")) {
            form.idNumberProperty().set(typed);
            assertThat(form.idNumberProblemProperty().get()).as(typed).isEmpty();
            assertThat(form.applicant().idNumber()).as(typed).isEqualTo(VALID_ID);
        }
    }

    @Test
    void anOldFifteenDigitNumberIsRecordedAsItsEighteenDigitFormAndTheHintSaysSo() {
        fillValidPerson();
        form.idNumberProperty().set("110105491231002");
        assertThat(form.completeProperty().get()).isTrue();
        assertThat(form.idNumberHintProperty().get()).contains("15 位旧号码，已转换为 18 位：" + VALID_ID);
        assertThat(form.applicant().idNumber()).isEqualTo(VALID_ID);
        assertThat(form.applicant().identifier().masked()).isEqualTo("110105********002X");
    }

    @Test
    void aPermanentResidentCardOf2017IsTakenWithAHintThatOnlyItsShapeWasChecked() {
        fillValidPerson();
        form.idKindProperty().set(IdKind.FOREIGN_PERMANENT_RESIDENT);
        form.idNumberProperty().set("usa 110081231002");
        assertThat(form.completeProperty().get()).isTrue();
        assertThat(form.idNumberHintProperty().get()).contains("2017 版");
        assertThat(form.applicant().idNumber()).isEqualTo("USA110081231002");
    }

    @Test
    void showsTheWrongCheckDigitUnderTheFieldAsItIsTyped() {
        form.idNumberProperty().set("110105194912310021");
        assertThat(form.idNumberProblemProperty().get()).contains("校验");
        assertThat(form.completeProperty().get()).isFalse();
    }

    @Test
    void showsAnImpossibleBirthDate() {
        form.idNumberProperty().set("110105194902300021");
        assertThat(form.idNumberProblemProperty().get()).contains("出生日期");
    }

    @Test
    void showsAWrongLength() {
        form.idNumberProperty().set("1101051949");
        assertThat(form.idNumberProblemProperty().get()).contains("位");
    }

    @Test
    void refusesATenThousandCharacterNameWithItsLength() {
        fillValidPerson();
        form.nameProperty().set("张".repeat(10_000));
        assertThat(form.nameProblemProperty().get()).contains("名称过长").contains("10,000");
        assertThat(form.completeProperty().get()).isFalse();
    }

    @Test
    void namesTheEmojiAndSqlCharactersItRefuses() {
        form.nameProperty().set("张三😀");
        assertThat(form.nameProblemProperty().get()).contains("😀");
        form.nameProperty().set("x'); DROP TABLE cases;--");
        assertThat(form.nameProblemProperty().get()).contains("'").contains(";");
    }

    @Test
    void acceptsMinorityAndForeignNamesWithTheMiddleDot() {
        form.nameProperty().set("买买提·艾力");
        assertThat(form.nameProblemProperty().get()).isEmpty();
    }

    @Test
    void reportsEmptyRequiredFieldsOnlyOnceTheClerkTriesToGoOn() {
        assertThat(form.nameProblemProperty().get()).isEmpty();
        assertThat(form.attemptAdvance()).isFalse();
        assertThat(form.nameProblemProperty().get()).isNotEmpty();
        assertThat(form.phoneProblemProperty().get()).isNotEmpty();
    }

    @Test
    void aCompanyNeedsACreditCodeAndItsLegalRepresentative() {
        form.typeProperty().set(ApplicantType.COMPANY);
        assertThat(form.idKindProperty().get()).isEqualTo(IdKind.CREDIT_CODE);
        form.nameProperty().set("某某餐饮管理有限公司（分店）");
        form.idNumberProperty().set(VALID_CREDIT_CODE);
        form.phoneProperty().set("0591-87654321");
        assertThat(form.completeProperty().get()).isFalse();
        form.legalRepresentativeProperty().set("李四");
        assertThat(form.completeProperty().get()).isTrue();
        assertThat(form.applicant().legalRepresentative()).isEqualTo("李四");
    }

    @Test
    void anAgentTurnsOnTheAgentSituationAndIsCheckedToo() {
        form.useItems(List.of(CatalogJson.bundled().item("SCJG-001").orElseThrow()));
        fillValidPerson();
        form.hasAgentProperty().set(true);
        assertThat(form.selectedSituationCodes()).containsExactly("QX-WTDL");
        assertThat(form.completeProperty().get()).isFalse();
        form.agentNameProperty().set("王五");
        form.agentIdNumberProperty().set("110105194912310021");
        assertThat(form.agentIdNumberProblemProperty().get()).contains("校验");
        form.agentIdNumberProperty().set(VALID_ID);
        form.agentPhoneProperty().set("13900139000");
        assertThat(form.completeProperty().get()).isTrue();
        assertThat(form.agent().name()).isEqualTo("王五");
        form.agentIdKindProperty().set(IdKind.PASSPORT);
        form.agentIdNumberProperty().set("e1234 5678");
        assertThat(form.agent().idNumber()).isEqualTo("E12345678");
        form.hasAgentProperty().set(false);
        assertThat(form.selectedSituationCodes()).isEmpty();
    }

    /** The catalog, not the window, says which situation is an agent's: here a catalog that calls it otherwise. */
    @Test
    void theAgentSituationIsTheOneTheCatalogFlags() {
        ServiceItem item = CatalogJson.bundled().item("SCJG-001").orElseThrow();
        List<Situation> renamed = item.situations().stream().map(s -> s.agent()
                ? new Situation("DAILI-01", s.name(), s.applicantTypes(), s.addedMaterials(), s.replacedMaterialCodes(), true)
                : s).toList();
        form.useItems(List.of(new ServiceItem(item.code(), item.name(), item.departmentCode(), item.authorityCode(),
                item.acceptance(), item.kind(), item.legalBasis(), item.acceptanceBasis(), item.statutoryLimit(),
                item.promisedLimit(), item.fee(), item.feeBasis(), item.acceptanceConditions(), item.applicantTypes(),
                item.materials(), renamed, item.certificate(), item.keywords())));
        fillValidPerson();

        form.hasAgentProperty().set(true);

        assertThat(form.selectedSituationCodes()).containsExactly("DAILI-01");
    }
}

package org.onewindow.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.domain.staff.Role;

/** The identifier rules of IDENTIFIERS.md, with the messages a clerk reads. */
class IdentifiersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** The example number of GB 11643-1999 itself. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    private static IdentifierCheck residentId(String value) {
        return Identifiers.check(IdKind.RESIDENT_ID, value, TODAY);
    }

    @Test
    void acceptsTheStandardsOwnExampleNumber() {
        IdentifierCheck check = residentId(STANDARD_EXAMPLE);
        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(check.problems()).isEmpty();
        assertThat(check.warnings()).isEmpty();
    }

    @Test
    void acceptsALowerCaseXAndFullWidthDigitsAndSpacesAndStoresTheStandardForm() {
        assertThat(residentId("110105 19491231 002x").normalized()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(residentId("１１０１０５１９４９１２３１００２Ｘ").normalized()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(residentId("110105 19491231 002x").valid()).isTrue();
    }

    @Test
    void namesTheExpectedAndActualCheckCharacter() {
        IdentifierCheck check = residentId("110105194912310021");
        assertThat(check.valid()).isFalse();
        assertThat(check.problems()).containsExactly("校验位应为 X，实际为 1（请逐位核对号码）");
    }

    @Test
    void reportsAWrongLength() {
        assertThat(residentId("1101051949123100").problems())
                .containsExactly("长度应为 18 位（旧号码为 15 位），实际为 16 位");
    }

    @Test
    void reportsEveryIllegalCharacterInOneMessage() {
        IdentifierCheck check = residentId("1101O519491231OO2X");
        assertThat(check.problems()).hasSize(1);
        assertThat(check.problems().get(0))
                .startsWith("含有非法字符：第 5 位“O”、第 15 位“O”、第 16 位“O”")
                .contains("前 17 位只能是数字，最后一位是数字或 X");
    }

    @Test
    void anXAnywhereButLastIsIllegal() {
        assertThat(residentId("X10105194912310021").problems()).anyMatch(p -> p.startsWith("含有非法字符：第 1 位“X”"));
    }

    @Test
    void reportsEachDistinctFaultOnceWhenSeveralAreWrong() {
        IdentifierCheck check = residentId("11010519490231002X");
        assertThat(check.problems()).containsExactly(
                "出生日期 19490231 不是真实存在的日期",
                "校验位应为 6，实际为 X（请逐位核对号码）");
    }

    @Test
    void refusesABirthDateInTheFuture() {
        String first17 = "11010520270101002";
        IdentifierCheck check = residentId(first17 + ResidentIdNumber.checkCharacter(first17));
        assertThat(check.problems()).containsExactly("出生日期 2027-01-01 晚于今天（2026-11-23）");
    }

    @Test
    void aBabyBornTodayIsAccepted() {
        String first17 = "11010520261123002";
        assertThat(residentId(first17 + ResidentIdNumber.checkCharacter(first17)).valid()).isTrue();
    }

    @Test
    void refusesABirthYearBefore1900() {
        String first17 = "44052418800101001";
        assertThat(residentId(first17 + ResidentIdNumber.checkCharacter(first17)).problems())
                .containsExactly("出生日期 1880-01-01 早于 1900 年，不可能是有效证件");
    }

    @Test
    void anUnknownAddressCodeIsOnlyAWarning() {
        String first17 = "24010519491231002";
        IdentifierCheck check = residentId(first17 + ResidentIdNumber.checkCharacter(first17));
        assertThat(check.valid()).isTrue();
        assertThat(check.warnings()).containsExactly("地址码 240105 不属于已知的省级行政区划，请核对证件（不影响受理）");
    }

    @Test
    void anEmptyNumberAsksForOne() {
        assertThat(residentId("  ").problems()).containsExactly("请输入证件号码");
    }

    @Test
    void convertsAFirstGenerationNumberTo18DigitsWithAWarning() {
        IdentifierCheck check = residentId("110105491231002");
        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(check.warnings()).containsExactly("15 位旧号码，已转换为 18 位：11010519491231002X（请以申请人现持证件为准）");
    }

    @Test
    void aFirstGenerationNumberWithAnImpossibleDateIsRefused() {
        assertThat(residentId("110105490229002").problems()).containsExactly("出生日期 19490229 不是真实存在的日期");
    }

    @Test
    void acceptsAHongKongResidencePermitUnderItsOwnKind() {
        IdentifierCheck check = Identifiers.check(IdKind.RESIDENCE_PERMIT, "810000199408230021", TODAY);
        assertThat(check.valid()).isTrue();
    }

    @Test
    void tellsTheClerkToPickTheRightDocumentKind() {
        assertThat(residentId("810000199408230021").problems())
                .containsExactly("前 6 位 810000 是港澳台居民居住证的号码，请将证件类型选为“港澳台居民居住证”");
        assertThat(residentId("932682198706158015").problems())
                .containsExactly("以 9 开头的是外国人永久居留身份证号码，请将证件类型选为“外国人永久居留身份证”");
        assertThat(Identifiers.check(IdKind.RESIDENCE_PERMIT, STANDARD_EXAMPLE, TODAY).problems())
                .containsExactly("港澳台居民居住证号码前 6 位应为 810000（香港）、820000（澳门）或 830000（台湾），实际为 110105");
        assertThat(Identifiers.check(IdKind.FOREIGN_PERMANENT_RESIDENT, STANDARD_EXAMPLE, TODAY).problems())
                .containsExactly("外国人永久居留身份证号码应以 9 开头，实际以 1 开头");
    }

    @Test
    void checksTheForeignPermanentResidentCardLikeAResidentId() {
        assertThat(Identifiers.check(IdKind.FOREIGN_PERMANENT_RESIDENT, "932682198706158015", TODAY).valid()).isTrue();
        assertThat(Identifiers.check(IdKind.FOREIGN_PERMANENT_RESIDENT, "932682198706158012", TODAY).problems())
                .containsExactly("校验位应为 5，实际为 2（请逐位核对号码）");
    }

    @Test
    void recognisesTheDocumentFromTheNumberWhenNoKindIsGiven() {
        assertThat(Identifiers.checkAnyDocument("810000199408230021", TODAY).number()).isInstanceOf(ResidencePermitNumber.class);
        assertThat(Identifiers.checkAnyDocument("932682198706158015", TODAY).number())
                .isInstanceOf(ForeignPermanentResidentNumber.class);
        assertThat(Identifiers.checkAnyDocument("USA110081231002", TODAY).number())
                .isInstanceOf(ForeignPermanentResidentNumber.class);
        assertThat(Identifiers.checkAnyDocument(STANDARD_EXAMPLE, TODAY).number()).isInstanceOf(ResidentIdNumber.class);
    }

    @Test
    void survivesHostileInputWithAClearMessage() {
        assertThat(residentId("1".repeat(10_000)).problems()).containsExactly("长度应为 18 位（旧号码为 15 位），实际为 10000 位");
        assertThat(residentId("11010519491231😀2X").problems())
                .containsExactly("长度应为 18 位（旧号码为 15 位），实际为 17 位",
                        "含有非法字符：第 15 位“😀”（前 17 位只能是数字，最后一位是数字或 X）");
        assertThat(residentId("'; DROP TABLE cases;--").valid()).isFalse();
        assertThat(residentId(null).problems()).containsExactly("请输入证件号码");
    }

    @Test
    void acceptsRealCreditCodes() {
        assertThat(CreditCode.check("914403001922038216").verdict()).isEqualTo(Verdict.VALID);
        assertThat(CreditCode.check("91110000802100433b").normalized()).isEqualTo("91110000802100433B");
        assertThat(Identifiers.check(IdKind.CREDIT_CODE, "91350100M000100Y43", TODAY).valid()).isTrue();
    }

    @Test
    void aCreditCodeWhoseOnlyFaultIsItsCheckCharacterMayBeAcceptedByASupervisor() {
        IdentifierCheck check = CreditCode.check("914403001922038217");
        assertThat(check.verdict()).isEqualTo(Verdict.CHECKSUM_OVERRIDABLE);
        assertThat(check.valid()).isFalse();
        assertThat(check.problems()).containsExactly("校验位应为 6，实际为 7");

        IdentifierCheck accepted = check.overrideChecksum(Role.SUPERVISOR, new ChecksumOverride("sup01", "核验了营业执照原件，系试点地区早期代码"));
        assertThat(accepted.verdict()).isEqualTo(Verdict.OVERRIDDEN);
        assertThat(accepted.valid()).isTrue();
        assertThat(accepted.override().reason()).isEqualTo("核验了营业执照原件，系试点地区早期代码");
    }

    @Test
    void aClerkCannotOverrideAChecksumAndAReasonIsRequired() {
        IdentifierCheck check = CreditCode.check("914403001922038217");
        assertThatThrownBy(() -> check.overrideChecksum(Role.CLERK, new ChecksumOverride("clerk01", "申请人坚持")))
                .hasMessage("校验位不符的代码须由窗口负责人核准登记，窗口受理人员无此权限");
        assertThatThrownBy(() -> new ChecksumOverride("sup01", "  "))
                .hasMessage("核准登记须填写理由（例如核验了哪份登记证书）");
    }

    @Test
    void aCreditCodeWithOtherFaultsCannotBeOverridden() {
        IdentifierCheck check = CreditCode.check("9144030019220382");
        assertThat(check.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(check.problems()).containsExactly("长度应为 18 位，实际为 16 位");
        assertThatThrownBy(() -> check.overrideChecksum(Role.SUPERVISOR, new ChecksumOverride("sup01", "x")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void namesTheLettersACreditCodeNeverUses() {
        assertThat(CreditCode.check("91440300I922038216").problems()).singleElement().asString()
                .startsWith("含有非法字符：第 9 位“I”").contains("不使用 I、O、Z、S、V");
    }

    @Test
    void aCreditCodeWithLettersInItsDivisionCodeIsRefused() {
        String first17 = "9144A300192203821";
        IdentifierCheck check = CreditCode.check(first17 + CreditCode.checkCharacter(first17));
        assertThat(check.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(check.problems()).containsExactly("第 3 至 8 位是登记管理机关的行政区划码，应为数字，实际为 44A300");
    }

    @Test
    void anUnknownRegisteringAuthorityIsOnlyAWarning() {
        String first17 = "B1440300192203821";
        IdentifierCheck check = CreditCode.check(first17 + CreditCode.checkCharacter(first17));
        assertThat(check.valid()).isTrue();
        assertThat(check.warnings()).containsExactly("第 1 位登记管理部门代码“B”不在国家标准列出的代码中，请核对");
    }

    @Test
    void acceptsMobileAndLandlineNumbersInTheirUsualShapes() {
        assertThat(PhoneNumber.check("138 1234 5678").normalized()).isEqualTo("13812345678");
        assertThat(PhoneNumber.check("+86 13812345678").normalized()).isEqualTo("13812345678");
        assertThat(PhoneNumber.check("010-12345678").normalized()).isEqualTo("010-12345678");
        assertThat(PhoneNumber.check("(0755)1234567").normalized()).isEqualTo("0755-1234567");
        assertThat(PhoneNumber.check("01012345678").normalized()).isEqualTo("010-12345678");
        assertThat(PhoneNumber.check("0571-87654321-123").normalized()).isEqualTo("0571-87654321-123");
    }

    @Test
    void explainsWhatIsWrongWithAPhoneNumber() {
        assertThat(PhoneNumber.check("1381234567").problems()).containsExactly("手机号码应为 11 位，实际为 10 位");
        assertThat(PhoneNumber.check("87654321").problems())
                .containsExactly("手机号码以 1 开头；固定电话须带区号（以 0 开头），例如 010-12345678、0755-1234567");
        assertThat(PhoneNumber.check("010-123").problems())
                .containsExactly("固定电话应为区号加 7 至 8 位本地号码（如 010-12345678），本地号码实际为 3 位");
        assertThat(PhoneNumber.check("138abc45678").problems()).singleElement().asString().startsWith("含有非法字符：第 4 位“A”");
        assertThat(PhoneNumber.check("").problems()).containsExactly("请输入联系电话");
    }

    @Test
    void checksThePassportShapeOnly() {
        assertThat(Identifiers.check(IdKind.PASSPORT, "E12345678", TODAY).valid()).isTrue();
        assertThat(Identifiers.check(IdKind.PASSPORT, "E12", TODAY).problems()).containsExactly("护照号码应为 5 至 17 位，实际为 3 位");
        assertThat(Identifiers.check(IdKind.PASSPORT, "ABCDEFG", TODAY).problems()).containsExactly("护照号码至少含有一位数字");
    }

    @Test
    void aResidentsNumberKeepsItsAddressCodeAndLastFourWhenMasked() {
        IdNumber number = residentId(STANDARD_EXAMPLE).number();
        assertThat(number.masked()).isEqualTo("110105********002X");
        assertThat(number.kind()).isEqualTo(IdKind.RESIDENT_ID);
        assertThat(number.text()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(Identifiers.check(IdKind.RESIDENCE_PERMIT, "810000199408230021", TODAY).number().masked())
                .isEqualTo("810000********0021");
        assertThat(Identifiers.check(IdKind.FOREIGN_PERMANENT_RESIDENT, "932682198706158015", TODAY).number().masked())
                .isEqualTo("932682********8015");
    }

    @Test
    void aCreditCodeIsShownInFullBecauseItIsPublic() {
        assertThat(CreditCode.check("914403001922038216").number().masked()).isEqualTo("914403001922038216");
    }

    @Test
    void aPassportKeepsOnlyItsLastThreeWhenMasked() {
        assertThat(Identifiers.check(IdKind.PASSPORT, "E12345678", TODAY).number().masked()).isEqualTo("******678");
        assertThat(Identifiers.check(IdKind.PASSPORT, "G1234", TODAY).number().masked()).isEqualTo("**234");
    }

    @Test
    void aNumberNeverPrintsInFullInALog() {
        assertThat(residentId(STANDARD_EXAMPLE).number()).hasToString("居民身份证 110105********002X");
    }

    @Test
    void sloppyTypingGivesTheSameValueAsTheStandardForm() {
        IdNumber standard = residentId(STANDARD_EXAMPLE).number();
        for (String typed : List.of("110105-19491231-002x", "１１０１０５　１９４９１２３１　００２ｘ", " 110105 1949 1231 002X ",
                "110105—19491231—002X", "110105491231002")) {
            assertThat(residentId(typed).number()).as(typed).isEqualTo(standard);
        }
        assertThat(Identifiers.normalise("９１４４０３００１９２２０３８２１６")).isEqualTo("914403001922038216");
        assertThat(Identifiers.normalise("e 1234-5678")).isEqualTo("E12345678");
    }

    @Test
    void the2017PermanentResidentCardIsCheckedForItsShapeAndSaysSo() {
        IdentifierCheck check = Identifiers.check(IdKind.FOREIGN_PERMANENT_RESIDENT, "usa110081231002", TODAY);
        assertThat(check.valid()).isTrue();
        assertThat(check.number().text()).isEqualTo("USA110081231002");
        assertThat(check.number().masked()).isEqualTo("USA********1002");
        assertThat(check.warnings()).containsExactly("2017 版永久居留身份证号码（15 位）只核对了格式，请对照证件逐位核对");
        assertThat(Identifiers.check(IdKind.FOREIGN_PERMANENT_RESIDENT, "US1110081231002", TODAY).problems())
                .singleElement().asString().startsWith("含有非法字符：第 3 位“1”");
        assertThat(Identifiers.check(IdKind.FOREIGN_PERMANENT_RESIDENT, "9326821987061580", TODAY).problems())
                .containsExactly("长度应为 18 位（2017 版为 15 位），实际为 16 位");
    }

    @Test
    void aRecordedNumberIsReadBackWithoutTodaysDateAndAnOldOneIsUpgraded() {
        String bornTomorrow = "11010520261124002";
        String number = bornTomorrow + ResidentIdNumber.checkCharacter(bornTomorrow);
        assertThat(residentId(number).valid()).isFalse();
        assertThat(Identifiers.recorded(IdKind.RESIDENT_ID, number)).isInstanceOf(ResidentIdNumber.class);
        assertThat(Identifiers.recorded(IdKind.RESIDENT_ID, "110105491231002").text()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(Identifiers.recorded(IdKind.CREDIT_CODE, "914403001922038217"))
                .as("a pilot-region code a supervisor accepted").isInstanceOf(CreditCode.class);
    }

    @Test
    void aRecordedNumberTodaysRulesRefuseIsKeptAndMaskedMoreThanAnyKnownKind() {
        IdNumber number = Identifiers.recorded(IdKind.RESIDENT_ID, "110105194912310029");
        assertThat(number).isInstanceOf(UnrecognisedIdNumber.class);
        assertThat(number.text()).isEqualTo("110105194912310029");
        assertThat(number.masked()).isEqualTo("**************0029");
        assertThat(Identifiers.recorded(IdKind.CREDIT_CODE, "9144030019220382").masked()).isEqualTo("************0382");
        assertThat(Identifiers.recorded(IdKind.PASSPORT, "E1").masked()).isEqualTo("**");
    }

    @Test
    void searchKeysAreTheTypedNumberAndItsStandardForms() {
        assertThat(Identifiers.searchKeys("110105491231002")).containsExactly("110105491231002", STANDARD_EXAMPLE);
        assertThat(Identifiers.searchKeys("110105 19491231 002x")).containsExactly(STANDARD_EXAMPLE);
        assertThat(Identifiers.searchKeys("19491231")).containsExactly("19491231");
        assertThat(Identifiers.searchKeys("张三丰")).isEmpty();
        assertThat(Identifiers.searchKeys("SCJG")).isEmpty();
        assertThat(Identifiers.searchKeys("食品经营 2026")).isEmpty();
    }
}

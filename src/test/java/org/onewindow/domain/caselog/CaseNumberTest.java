package org.onewindow.domain.caselog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.onewindow.domain.Problem;

class CaseNumberTest {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @Test
    void printsDeviceDaySerialAndACheckCharacter() {
        CaseNumber number = new CaseNumber("K7Q3", LocalDate.of(2026, 11, 23), 42);
        assertThat(number.text()).matches("K7Q3-261123-0042-[0-9A-Z]");
        assertThat(CaseNumber.parse(number.text())).isEqualTo(number);
    }

    @Test
    void readsANumberTypedWithoutHyphensOrInLowerCase() {
        String text = new CaseNumber("K7Q3", LocalDate.of(2026, 11, 23), 42).text();
        assertThat(CaseNumber.parse(" " + text.replace("-", "").toLowerCase() + " ").text()).isEqualTo(text);
    }

    @Property(tries = 200)
    void everySingleMistypedCharacterIsCaught(@ForAll("numbers") CaseNumber number) {
        String compact = number.text().replace("-", "");
        for (int position = 0; position < compact.length(); position++) {
            for (char replacement : ALPHABET.toCharArray()) {
                if (replacement == compact.charAt(position)) {
                    continue;
                }
                String typo = compact.substring(0, position) + replacement + compact.substring(position + 1);
                assertThat(CaseNumber.isValid(typo)).as(typo).isFalse();
            }
        }
    }

    /** MOD 37,36 is a hybrid system: it catches nearly every swap of neighbours (about 99.6 %), not all. */
    @Test
    void swappingTwoDifferentNeighboursIsCaughtNearlyAlways() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        int swaps = 0;
        int caught = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                code.append(DeviceCode.ALPHABET.charAt(random.nextInt(DeviceCode.ALPHABET.length())));
            }
            String compact = new CaseNumber(code.toString(), LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3650)),
                    1 + random.nextInt(9999)).text().replace("-", "");
            for (int i = 0; i + 1 < compact.length(); i++) {
                if (compact.charAt(i) != compact.charAt(i + 1)) {
                    swaps++;
                    String swapped = compact.substring(0, i) + compact.charAt(i + 1) + compact.charAt(i) + compact.substring(i + 2);
                    caught += CaseNumber.isValid(swapped) ? 0 : 1;
                }
            }
        }
        assertThat((double) caught / swaps).isGreaterThan(0.99);
    }

    @Test
    void aWrongCheckCharacterSaysSoInChinese() {
        String text = new CaseNumber("K7Q3", LocalDate.of(2026, 11, 23), 42).text();
        char wrong = text.charAt(text.length() - 1) == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> CaseNumber.parse(text.substring(0, text.length() - 1) + wrong))
                .isInstanceOf(Problem.InvalidInput.class).hasMessageContaining("校验位不符");
    }

    @Test
    void malformedNumbersGetAReasonEach() {
        assertThatThrownBy(() -> CaseNumber.parse("")).hasMessageContaining("请输入受理编号");
        assertThatThrownBy(() -> CaseNumber.parse("K7Q3-2611")).hasMessageContaining("位数不对");
        assertThatThrownBy(() -> CaseNumber.parse("K7Q3-261123-0042-'")).hasMessageContaining("不合法");
        assertThatThrownBy(() -> CaseNumber.parse("K7O3-261123-0042-7")).hasMessageContaining("设备码");
    }

    @Test
    void aDayThatDoesNotExistIsRefusedEvenWithAMatchingCheckCharacter() {
        String body = "K7Q3" + "261332" + "0042";
        String typed = body + CheckCharacter.of(body);
        assertThatThrownBy(() -> CaseNumber.parse(typed)).hasMessageContaining("日期“261332”不存在");
    }

    @Provide
    Arbitrary<CaseNumber> numbers() {
        Arbitrary<String> codes = Arbitraries.strings().withChars(DeviceCode.ALPHABET.toCharArray()).ofLength(4);
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
        Arbitrary<Integer> serials = Arbitraries.integers().between(1, 99_999);
        return Combinators.combine(codes, days, serials).as(CaseNumber::new);
    }
}

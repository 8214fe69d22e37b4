package org.onewindow.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.domain.catalog.PinyinText.Match;

class PinyinTextTest {

    private final PinyinText licence = PinyinText.of("营业执照");

    @Test
    void initialsWholeReadingsAndMixesAllMatch() {
        assertThat(licence.match("yyzz")).isEqualTo(Match.EXACT);
        assertThat(licence.match("yingyezhizhao")).isEqualTo(Match.EXACT);
        assertThat(licence.match("yingyzhzh")).isEqualTo(Match.EXACT);
    }

    @Test
    void theStartIsAPrefixAndTheRestIsInside() {
        assertThat(licence.match("yy")).isEqualTo(Match.PREFIX);
        assertThat(licence.match("zz")).isEqualTo(Match.INNER);
        assertThat(licence.match("zy")).isEqualTo(Match.NONE);
    }

    @Test
    void onlyTheLastCharacterTypedMayBeCutShort() {
        assertThat(licence.match("yingyezhiz")).isEqualTo(Match.EXACT);
        assertThat(licence.match("yinyezz")).isEqualTo(Match.NONE);
    }

    @Test
    void everyReadingOfAPolyphonicCharacterCounts() {
        PinyinText bank = PinyinText.of("银行卡");
        assertThat(bank.match("yhk")).isEqualTo(Match.EXACT);
        assertThat(bank.match("yxk")).isEqualTo(Match.EXACT);
        assertThat(bank.match("yinhang")).isEqualTo(Match.PREFIX);
    }

    @Test
    void punctuationIsSkippedAndLettersStandForThemselves() {
        assertThat(PinyinText.of("出生登记（新生儿入户）").match("djxse")).isEqualTo(Match.INNER);
        assertThat(PinyinText.of("ＡＢＣ卡").match("abck")).isEqualTo(Match.EXACT);
    }
}

package org.onewindow.domain.calendar;

/**
 * A festival on which the whole population has days off (全体公民放假的节日), as 全国年节及纪念日放假办法
 * names them; partial-population days (妇女节, 青年节 …) are no days off for the window.
 */
public enum Festival {
    /** 元旦: 1 January, 1 day. */
    NEW_YEAR("元旦"),
    /** 春节: 农历除夕 and 正月初一 to 初三, 4 days. */
    SPRING_FESTIVAL("春节"),
    /** 清明节: the day of the solar term 清明, 1 day. */
    QINGMING("清明节"),
    /** 劳动节: 1 and 2 May, 2 days. */
    LABOUR_DAY("劳动节"),
    /** 端午节: 农历五月初五, 1 day. */
    DRAGON_BOAT("端午节"),
    /** 中秋节: 农历八月十五, 1 day. */
    MID_AUTUMN("中秋节"),
    /** 国庆节: 1 to 3 October, 3 days. */
    NATIONAL_DAY("国庆节");

    private final String chineseName;

    Festival(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name the State Council's notices use, e.g. 清明节. */
    public String chineseName() {
        return chineseName;
    }
}

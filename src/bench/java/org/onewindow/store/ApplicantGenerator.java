package org.onewindow.store;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.onewindow.domain.applicant.Applicant;

/** Plausible applicants for benchmarks: common surnames and given-name characters, valid 18-digit IDs. */
final class ApplicantGenerator {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红梅鑫波斌宇浩凯健俊帆帅旭宁龙林欣悦思雨涵晨子轩博文嘉怡佳琪梓萱一诺浩然宇航志强海燕春燕建国建华晓东晓梅丽娟淑珍";
    private static final String[] REGIONS = {"110105", "110108", "310104", "320102", "330106", "440106", "510107",
            "420106", "610113", "370102", "210102", "350102", "430104", "500103", "120101", "130102"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final SplittableRandom random;

    ApplicantGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Applicant next() {
        return StoreFixture.person(name(), idNumber());
    }

    String name() {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    String idNumber() {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 65));
        String body = REGIONS[random.nextInt(REGIONS.length)] + birth.toString().replace("-", "")
                + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }
}

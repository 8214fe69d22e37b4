package org.onewindow.golden;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onewindow.app.AfterAcceptanceSteps;
import org.onewindow.app.Credentials;
import org.onewindow.app.Workstation;
import org.onewindow.central.CentralFixture;
import org.onewindow.codec.CatalogJson;
import org.onewindow.codec.Json;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.applicant.Agent;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.MaterialForm;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.intake.RefusalGround;
import org.onewindow.domain.intake.RefusalProposal;
import org.onewindow.domain.staff.LoginResult;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.store.ClientStore;
import org.onewindow.store.DataDirectory;
import org.onewindow.store.PasswordHash;

/**
 * Writes a set of golden event fixtures ({@code src/test/resources/events/golden/}, see the README there) through
 * the real code: two windows (the application's own {@link Workstation}s and use cases, with their SQLite stores)
 * enrolled with a real central store on embedded PostgreSQL, and the back office moving cases on over HTTP, on the
 * tests' clock. Run it only to make a new set on purpose:
 * {@code mvn -o test-compile exec:java -Dexec.mainClass=org.onewindow.golden.GoldenEventsWriter
 * -Dexec.classpathScope=test -Dexec.args=DIR}. The golden tests never run it; committed fixtures are never rewritten.
 */
public final class GoldenEventsWriter {

    static final String REGION = "330100";
    static final String CITY = "HALL-CITY";
    static final String TOWN = "HALL-TOWN";
    private static final String PASSWORD = "Golden@2026";
    private static final String FOOD = "SCJG-003";

    private final CentralFixture central;
    private final Catalog catalog = CatalogJson.bundled();
    private final List<Map<String, Object>> users = new ArrayList<>();
    private String backOffice;

    private GoldenEventsWriter(CentralFixture central) {
        this.central = central;
    }

    /** Arguments: the set ({@code first} or {@code recount}) and the folder to write it into. */
    public static void main(String[] args) throws Exception {
        String set = args.length > 0 ? args[0] : "first";
        Path out = Path.of(args.length > 1 ? args[1] : "src/test/resources/events/" + GoldenEvents.folderOf(set));
        Path work = Files.createTempDirectory("golden-windows");
        try (CentralFixture central = new CentralFixture()) {
            GoldenEventsWriter writer = new GoldenEventsWriter(central);
            if (set.equals("recount")) {
                writer.writeRecount(work, out);
            } else if (set.equals("verification")) {
                writer.writeVerification(work, out);
            } else if (set.equals("proxy")) {
                writer.writeProxy(work, out);
            } else if (set.equals("after")) {
                writer.writeAfter(work, out);
            } else {
                writer.write(work, out);
            }
        }
        System.out.println("golden fixtures written to " + out.toAbsolutePath());
    }

    /**
     * The second set: 受理 at schema 2 (its limits, its provisional dates) on 28 December 2026, then the
     * State Council's 2027 holidays published at the centre (a hypothetical notice; the real one was not out) and
     * the dates counted again by the window (期限重算, by the system).
     */
    private void writeRecount(Path work, Path out) throws Exception {
        central.clock.set(java.time.Instant.parse("2026-12-28T02:00:00Z"));
        user("clerk-city", "王晓梅", Role.CLERK, CITY);
        try (Workstation city = window(work.resolve("city"), CITY)) {
            city.centre().syncNow();
            User clerk = login(city, "clerk-city");
            String renewal = "GAHZ-003";
            List<MaterialCheck> materials = catalog.item(renewal).orElseThrow().materials().stream()
                    .map(m -> MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL)).toList();
            city.takeApplication().take(clerk, new Intake(catalog.version(), List.of(renewal), "", List.of(),
                    person("孙暂定", "11010519491231002X"), null, materials), DecisionKind.ACCEPT);
            later(Duration.ofMinutes(30));
            city.takeApplication().take(clerk, intake(person("周守诺", "110105195503150031"), null,
                    MaterialStatus.PRESENTED_ORIGINAL, null, MaterialStatus.PRESENTED_ORIGINAL), DecisionKind.ACCEPT);
            city.centre().syncNow();
            later(Duration.ofDays(3));
            central.publications.publishNationalYear(Path.of(GoldenEventsWriter.class
                    .getResource("/calendar/holiday-cn-2027-hypothetical.json").toURI()));
            city.centre().syncNow();
            city.centre().syncNow();
            if (!city.store().events().verify().isEmpty() || city.centre().overview().unsent() != 0) {
                throw new IllegalStateException("the city window did not end in sync: " + city.store().events().verify());
            }
            Files.createDirectories(out);
            writeEvents(city.store().databaseFile(), out.resolve("events.jsonl"));
            writeStates(city.store(), out.resolve("states.jsonl"));
            Map<String, Object> scenario = new LinkedHashMap<>();
            scenario.put("region", REGION);
            scenario.put("windows", List.of(Map.of("deviceId", city.store().device().deviceId(),
                    "deviceCode", city.store().device().deviceCode(), "hall", CITY)));
            scenario.put("users", users);
            Files.writeString(out.resolve("scenario.json"),
                    Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(scenario) + "\n", StandardCharsets.UTF_8);
        }
    }

    /**
     * The third set: 受理 at schema 3 (the unit of the statutory limit: 工作日 for a registration, 日 for a residence
     * permit), both on commitment (告知承诺); the back office grants the registration; the supervisor records the
     * commitments checked afterwards (事后核查): the premises one false, so the registration is revoked (撤销) with its
     * credit record; the residence one true.
     */
    private void writeVerification(Path work, Path out) throws Exception {
        central.clock.set(java.time.Instant.parse("2026-11-23T02:00:00Z"));
        backOffice = central.backOffice.register("SPJ", "行政审批服务局审批系统");
        user("clerk-city", "王晓梅", Role.CLERK, CITY);
        user("chief-city", "李建国", Role.SUPERVISOR, CITY);
        try (Workstation city = window(work.resolve("city"), CITY)) {
            city.centre().syncNow();
            User clerk = login(city, "clerk-city");
            User chief = login(city, "chief-city");
            CaseState shop = city.takeApplication().take(clerk, onCommitment("SCJG-001", person("孙承诺", "11010519491231002X")),
                    DecisionKind.ACCEPT_ON_COMMITMENT);
            later(Duration.ofMinutes(20));
            CaseState permit = city.takeApplication().take(clerk, onCommitment("GAHZ-002", person("周居住", "110105195503150031")),
                    DecisionKind.ACCEPT_ON_COMMITMENT);
            city.centre().syncNow();
            step(shop, "review", "{\"department\":\"行政审批服务局市场准入科\",\"note\":\"\"}");
            step(shop, "decision", "{\"approved\":true,\"note\":\"准予登记\"}");
            city.centre().syncNow();
            later(Duration.ofDays(7));
            city.postVerification().record(chief, shop.caseId(), "M-CSZM", false, "实地核查",
                    "申报的经营场所为他人自住房屋，申请人不享有使用权");
            city.postVerification().revoke(chief, shop.caseId(), "以虚假承诺取得登记，经责令整改逾期未改正",
                    "《中华人民共和国行政许可法》第六十九条第二款", "纳入公共信用信息平台失信记录");
            city.postVerification().record(chief, permit.caseId(), "M-JZZM", true, "社区民警实地核查", "");
            city.centre().syncNow();
            if (!city.store().events().verify().isEmpty() || city.centre().overview().unsent() != 0) {
                throw new IllegalStateException("the city window did not end in sync: " + city.store().events().verify());
            }
            Files.createDirectories(out);
            writeEvents(city.store().databaseFile(), out.resolve("events.jsonl"));
            writeStates(city.store(), out.resolve("states.jsonl"));
            Map<String, Object> scenario = new LinkedHashMap<>();
            scenario.put("region", REGION);
            scenario.put("windows", List.of(Map.of("deviceId", city.store().device().deviceId(),
                    "deviceCode", city.store().device().deviceCode(), "hall", CITY)));
            scenario.put("backOffice", Map.of("deviceId", "BO-SPJ", "systemId", "SPJ"));
            scenario.put("users", users);
            Files.writeString(out.resolve("scenario.json"),
                    Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(scenario) + "\n", StandardCharsets.UTF_8);
        }
    }

    /**
     * The fifth set (decision record 0033): every step after acceptance at schema 1 and 决定 at schema 2, written by
     * the city window's own use cases and the back office over HTTP. A food licence routed, decided with its licence,
     * issued on site, its spoiled print voided and printed again, collected by an authorised agent; another taken by
     * post with the receipt mailed back and the result mailed and delivered; an ID card renewal whose fee is paid
     * and another whose fee is waived, then a denial with its basis.
     */
    private void writeAfter(Path work, Path out) throws Exception {
        backOffice = central.backOffice.register("SCJG", "市场监管局审批系统");
        user("clerk-city", "王晓梅", Role.CLERK, CITY);
        try (Workstation city = window(work.resolve("city"), CITY)) {
            city.centre().syncNow();
            User clerk = login(city, "clerk-city");
            var steps = city.afterAcceptance();
            String licence = "{\"approved\":true,\"note\":\"准予许可\",\"basis\":\"\",\"licence\":{\"number\":\"%s\","
                    + "\"name\":\"食品经营许可证\",\"validFrom\":\"2026-11-25\",\"validUntil\":\"2031-11-24\","
                    + "\"scope\":\"热食类食品制售\"}}";

            CaseState collected = city.takeApplication().take(clerk, intake(person("张领取", "11010519491231002X"), null,
                    MaterialStatus.PRESENTED_ORIGINAL, null, MaterialStatus.PRESENTED_ORIGINAL), DecisionKind.ACCEPT);
            steps.route(clerk, collected.caseId());
            later(Duration.ofMinutes(20));
            CaseState mailed = city.takeApplication().take(clerk, intake(person("李邮寄", "110105195503150031"), null,
                    MaterialStatus.PRESENTED_ORIGINAL, null, MaterialStatus.PRESENTED_ORIGINAL), DecisionKind.ACCEPT,
                    List.of(new org.onewindow.domain.caselog.AfterAcceptance.PostalIntakeRecorded("顺丰速运",
                                    "SF1400123456789", LocalDate.of(2026, 11, 21), "李邮寄"),
                            AfterAcceptanceSteps.mailChoice("李邮寄", "13800138000", "浙江省杭州市西湖区文三路 90 号 3 幢 201 室")));
            city.store().desk().record(clerk, mailed.caseId(), new org.onewindow.domain.caselog.AfterAcceptance.MailSent(
                    org.onewindow.domain.caselog.AfterAcceptance.MailPurpose.RECEIPT, "顺丰速运", "SF1400123499999",
                    "李邮寄", "13800138000", "浙江省杭州市西湖区文三路 90 号 3 幢 201 室", true, new java.math.BigDecimal("12.00")));
            later(Duration.ofMinutes(20));
            List<MaterialCheck> renewal = catalog.item("GAHZ-003").orElseThrow().materials().stream()
                    .map(m -> MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL)).toList();
            CaseState paid = city.takeApplication().take(clerk, new Intake(catalog.version(), List.of("GAHZ-003"), "",
                    List.of(), person("孙缴费", "110105194912310046"), null, renewal), DecisionKind.ACCEPT);
            CaseState waived = city.takeApplication().take(clerk, new Intake(catalog.version(), List.of("GAHZ-003"), "",
                    List.of(), person("周免收", "110105195503150031"), null, renewal), DecisionKind.ACCEPT);
            CaseState denied = city.takeApplication().take(clerk, intake(person("吴不许", "11010519491231002X"), null,
                    MaterialStatus.PRESENTED_ORIGINAL, null, MaterialStatus.PRESENTED_ORIGINAL), DecisionKind.ACCEPT);
            city.centre().syncNow();

            later(Duration.ofDays(1));
            step(collected, "review", "{\"department\":\"市场监管局食品经营许可科\",\"note\":\"\"}");
            step(collected, "decision", String.format(licence, "JY13301060000001"));
            step(mailed, "decision", String.format(licence, "JY13301060000002"));
            step(paid, "decision", "{\"approved\":true,\"note\":\"准予换领\",\"basis\":\"\",\"licence\":null}");
            step(waived, "decision", "{\"approved\":true,\"note\":\"准予换领\",\"basis\":\"\",\"licence\":null}");
            step(denied, "decision", "{\"approved\":false,\"note\":\"经营场所与住宅未有效隔离\",\"licence\":null,"
                    + "\"basis\":\"《食品经营许可和备案管理办法》第十二条\"}");
            city.centre().syncNow();

            later(Duration.ofHours(1));
            city.store().desk().record(clerk, collected.caseId(), new EventPayload.CertificateIssued("JY13301060000001", "食品经营许可证"));
            print(city, clerk, collected, "CERTIFICATE", "政服证", false);
            String spoiled = city.store().desk().state(collected.caseId()).documents().get(0).sha256();
            city.store().desk().record(clerk, collected.caseId(), new org.onewindow.domain.caselog.AfterAcceptance
                    .CertificatePrintVoided("JY13301060000001", spoiled, "卡纸，证书右下角破损"));
            print(city, clerk, collected, "CERTIFICATE_ON_STOCK", "政服证", true);
            city.store().desk().record(clerk, collected.caseId(), new org.onewindow.domain.caselog.AfterAcceptance.ResultCollected(
                    org.onewindow.domain.caselog.AfterAcceptance.CollectorCapacity.AGENT, "钱代领", IdKind.RESIDENT_ID,
                    "330106198801012340", "张领取 2026年11月24日签署的委托书"));
            print(city, clerk, collected, "COLLECTION_RECEIPT", "政服领", false);

            city.store().desk().record(clerk, mailed.caseId(), new EventPayload.CertificateIssued("JY13301060000002", "食品经营许可证"));
            print(city, clerk, mailed, "CERTIFICATE", "政服证", false);
            city.store().desk().record(clerk, mailed.caseId(), new org.onewindow.domain.caselog.AfterAcceptance.MailSent(
                    org.onewindow.domain.caselog.AfterAcceptance.MailPurpose.RESULT, "中国邮政 EMS", "1190012345678",
                    "李邮寄", "13800138000", "浙江省杭州市西湖区文三路 90 号 3 幢 201 室", true, new java.math.BigDecimal("18.00")));
            later(Duration.ofDays(1));
            city.store().desk().record(clerk, mailed.caseId(), new org.onewindow.domain.caselog.AfterAcceptance.MailTracked(
                    "1190012345678", org.onewindow.domain.caselog.AfterAcceptance.MailState.DELIVERED, "本人签收"));

            steps.pay(clerk, paid.caseId(), new java.math.BigDecimal("20.00"), "330101202600001234", "孙缴费");
            steps.waive(clerk, waived.caseId(), "《居民身份证法》第二十条：首次申领及换领的特定情形免收工本费");
            city.centre().syncNow();
            step(paid, "conclusion", "{\"note\":\"已制证\"}");
            step(waived, "conclusion", "{\"note\":\"已制证\"}");
            step(denied, "conclusion", "{\"note\":\"不予许可\"}");
            city.centre().syncNow();
            city.centre().syncNow();
            if (!city.store().events().verify().isEmpty() || city.centre().overview().unsent() != 0) {
                throw new IllegalStateException("the city window did not end in sync: " + city.store().events().verify());
            }
            Files.createDirectories(out);
            writeEvents(city.store().databaseFile(), out.resolve("events.jsonl"));
            writeStates(city.store(), out.resolve("states.jsonl"));
            Map<String, Object> scenario = new LinkedHashMap<>();
            scenario.put("region", REGION);
            scenario.put("windows", List.of(Map.of("deviceId", city.store().device().deviceId(),
                    "deviceCode", city.store().device().deviceCode(), "hall", CITY)));
            scenario.put("backOffice", Map.of("deviceId", "BO-SCJG", "systemId", "SCJG"));
            scenario.put("users", users);
            Files.writeString(out.resolve("scenario.json"),
                    Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(scenario) + "\n", StandardCharsets.UTF_8);
        }
    }

    /**
     * The fourth set (decision record 0027): a village site's agent takes two proxy files (委托书 printed; on-screen
     * consent with a material missing, brought later at the site), attaches a photo, hands both over in one batch;
     * the city hall receives and accepts the first, returns the second with a discrepancy; the site hands it over
     * again and the hall receives it with a note and accepts it.
     */
    private void writeProxy(Path work, Path out) throws Exception {
        central.clock.set(java.time.Instant.parse("2026-11-23T01:30:00Z"));
        String demo = new String(GoldenEventsWriter.class.getResourceAsStream("/sites/demo-sites.json").readAllBytes(),
                StandardCharsets.UTF_8).replace("\"HZ-XH\"", "\"" + CITY + "\"");
        org.onewindow.central.SiteLists sites = new org.onewindow.central.SiteLists(central.database.dataSource());
        sites.publish(CITY, Files.writeString(work.resolve("sites.json"), demo));
        user("agent-village", "赵春燕", Role.AGENT, CITY);
        user("clerk-city", "王晓梅", Role.CLERK, CITY);
        try (Workstation village = Workstation.open(DataDirectory.of(work.resolve("village")), central.clock);
             Workstation city = window(work.resolve("city"), CITY)) {
            village.centre().enroll(URI.create(central.url()), sites.issueEnrollmentCode(central.devices, CITY, REGION,
                    "XH-JC-LJC", Duration.ofHours(1)));
            village.centre().syncNow();
            city.centre().syncNow();
            User agent = login(village, "agent-village");
            User clerk = login(city, "clerk-city");

            CaseState complete = village.proxyIntake().take(agent, intake(person("孙代办", "11010519491231002X"), null,
                    MaterialStatus.PRESENTED_ORIGINAL, null, MaterialStatus.PRESENTED_ORIGINAL),
                    new org.onewindow.domain.caselog.Authorisation(
                            org.onewindow.domain.caselog.Authorisation.Method.PRINTED_LETTER, ""), DecisionKind.ACCEPT);
            java.awt.image.BufferedImage page = new java.awt.image.BufferedImage(600, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = page.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 600, 400);
            g.setColor(java.awt.Color.BLACK);
            g.drawRect(20, 20, 560, 360);
            g.dispose();
            Path photo = work.resolve("licence.png");
            javax.imageio.ImageIO.write(page, "png", photo.toFile());
            village.materialCopies().attach(agent, complete.caseId(), "M-YYZZ", photo,
                    org.onewindow.app.MaterialCopies.Source.CAMERA);
            later(Duration.ofMinutes(25));
            Intake owing = intake(person("周补正", "110105195503150031"), null, MaterialStatus.PRESENTED_ORIGINAL, null,
                    MaterialStatus.PRESENTED_ORIGINAL);
            List<MaterialCheck> checks = owing.materials().stream().map(m -> m.materialCode().equals("M-JKZ")
                    ? MaterialCheck.of(m.materialCode(), m.materialName(), MaterialStatus.MISSING) : m).toList();
            CaseState missing = village.proxyIntake().take(agent, new Intake(owing.catalogVersion(), owing.itemCodes(), "",
                    List.of(), owing.applicant(), null, checks), new org.onewindow.domain.caselog.Authorisation(
                    org.onewindow.domain.caselog.Authorisation.Method.ON_SCREEN_CONSENT,
                    "本人同意委托代办员赵春燕代为核对、送交申请材料，并转交窗口出具的文书。"), DecisionKind.NOTIFY_DEFICIENCIES);
            later(Duration.ofHours(2));
            village.supplementCase().record(agent, missing.caseId(), List.of(MaterialCheck.of("M-JKZ", "从业人员健康证明",
                    MaterialStatus.PRESENTED_ORIGINAL)), "申请人补交健康证明");
            later(Duration.ofHours(1));
            String first = village.handOver().handOver(agent, List.of(complete.caseId(), missing.caseId()), Map.of(),
                    "周一批次").number();
            village.centre().syncNow();

            later(Duration.ofDays(1));
            city.centre().syncNow();
            city.receiveHandover().receive(clerk, complete.caseId(), first, 8, "");
            city.receiveHandover().decide(clerk, complete.caseId(), List.of(), DecisionKind.ACCEPT);
            city.receiveHandover().returnToSite(clerk, missing.caseId(), first, 6, "交接单列纸质材料 7 份，实收 6 份：缺健康证明原件");
            city.centre().syncNow();

            later(Duration.ofDays(1));
            village.centre().syncNow();
            String second = village.handOver().handOver(agent, List.of(missing.caseId()), Map.of(missing.caseId(), 7),
                    "补齐健康证明原件后再送").number();
            village.centre().syncNow();
            later(Duration.ofHours(3));
            city.centre().syncNow();
            city.receiveHandover().receive(clerk, missing.caseId(), second, 7, "健康证明为复印件加原件核验");
            city.receiveHandover().decide(clerk, missing.caseId(), List.of(), DecisionKind.ACCEPT);
            city.centre().syncNow();
            village.centre().syncNow();

            if (!city.store().events().verify().isEmpty() || city.centre().overview().unsent() != 0
                    || village.centre().overview().unsent() != 0) {
                throw new IllegalStateException("the windows did not end in sync: " + city.store().events().verify());
            }
            Files.createDirectories(out);
            writeEvents(city.store().databaseFile(), out.resolve("events.jsonl"));
            writeStates(city.store(), out.resolve("states.jsonl"));
            Map<String, Object> scenario = new LinkedHashMap<>();
            scenario.put("region", REGION);
            scenario.put("windows", List.of(
                    Map.of("deviceId", city.store().device().deviceId(), "deviceCode", city.store().device().deviceCode(),
                            "hall", CITY),
                    Map.of("deviceId", village.store().device().deviceId(), "deviceCode",
                            village.store().device().deviceCode(), "hall", CITY, "site", "XH-JC-LJC")));
            scenario.put("users", users);
            Files.writeString(out.resolve("scenario.json"),
                    Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(scenario) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Every required material of {@code item} handed in, the ones a commitment may replace replaced by one. */
    private Intake onCommitment(String item, Applicant applicant) {
        List<MaterialCheck> materials = catalog.item(item).orElseThrow().materials().stream().filter(MaterialRequirement::required)
                .map(m -> MaterialCheck.of(m.code(), m.name(),
                        m.commitmentAllowed() ? MaterialStatus.COMMITMENT : MaterialStatus.PRESENTED_ORIGINAL)).toList();
        return new Intake(catalog.version(), List.of(item), "", List.of(), applicant, null, materials);
    }

    private void write(Path work, Path out) throws Exception {
        backOffice = central.backOffice.register("SCJG", "市场监管局审批系统");
        user("clerk-city", "王晓梅", Role.CLERK, CITY);
        user("chief-city", "李建国", Role.SUPERVISOR, CITY);
        user("clerk-town", "赵小燕", Role.CLERK, TOWN);
        try (Workstation city = window(work.resolve("city"), CITY); Workstation town = window(work.resolve("town"), TOWN)) {
            city.centre().syncNow();
            town.centre().syncNow();
            User clerk = login(city, "clerk-city");
            User townClerk = login(town, "clerk-town");
            Credentials chief = new Credentials("chief-city", PASSWORD);

            // Monday: six applications at the city window, decided by the window's own use case and policy.
            CaseState plain = city.takeApplication().take(clerk, intake(person("张三丰", "11010519491231002X"), null,
                    MaterialStatus.PRESENTED_ORIGINAL, null, MaterialStatus.PRESENTED_ORIGINAL), DecisionKind.ACCEPT);
            print(city, clerk, plain, "受理通知书", "政服受", false);
            later(Duration.ofMinutes(20));
            CaseState tolerated = city.takeApplication().take(clerk, intake(person("李四", "110105195503150031"),
                    new Agent("钱代办", IdKind.RESIDENT_ID, "330106198801012340", "13900139000"),
                    MaterialStatus.TOLERATED, LocalDate.of(2026, 11, 30), MaterialStatus.PRESENTED_ORIGINAL),
                    DecisionKind.ACCEPT_WITH_TOLERANCE);
            print(city, clerk, tolerated, "容缺受理通知书", "政服受", false);
            later(Duration.ofMinutes(20));
            CaseState committed = city.takeApplication().take(clerk, intake(company(), null,
                    MaterialStatus.PRESENTED_ORIGINAL, null, MaterialStatus.COMMITMENT), DecisionKind.ACCEPT_ON_COMMITMENT);
            print(city, clerk, committed, "告知承诺受理通知书", "政服受", false);
            later(Duration.ofMinutes(20));
            CaseState notified = city.takeApplication().take(clerk, deficient(person("王五", "110105199003070025")),
                    DecisionKind.NOTIFY_DEFICIENCIES);
            print(city, clerk, notified, "补正材料通知书", "政服补", false);
            later(Duration.ofMinutes(20));
            CaseState refused = city.takeApplication().refuse(clerk, intake(person("赵六", "110105198506150014"), null,
                    MaterialStatus.PRESENTED_ORIGINAL, null, MaterialStatus.PRESENTED_ORIGINAL),
                    new RefusalProposal(RefusalGround.NOT_THIS_AUTHORITY, "请向区卫生健康局申请"), chief);
            print(city, clerk, refused, "不予受理决定书", "政服不受", false);
            later(Duration.ofMinutes(20));
            CaseState voided = city.takeApplication().take(clerk, intake(person("钱七", "110105197707070016"), null,
                    MaterialStatus.PRESENTED_ORIGINAL, null, MaterialStatus.PRESENTED_ORIGINAL), DecisionKind.ACCEPT);
            city.voidCase().voidCase(voided.caseId(), "录入时选错申请人，作废后重新受理", chief);
            city.centre().syncNow();

            // Tuesday: the tolerated materials are brought to the township station; the notified applicant comes back.
            later(Duration.ofDays(1));
            CaseState fetched = town.supplementCase().find(tolerated.caseNumber());
            town.supplementCase().record(townClerk, fetched.caseId(), fetched.outstandingMaterials().stream()
                    .map(m -> MaterialCheck.of(m.materialCode(), m.materialName(), MaterialStatus.PRESENTED_ORIGINAL)).toList(),
                    "容缺材料补齐\t（乡镇便民服务站代收）");
            town.centre().syncNow();
            city.supplementCase().record(clerk, notified.caseId(), List.of(
                    MaterialCheck.of("M-SFZ", "申请人居民身份证", MaterialStatus.PRESENTED_ORIGINAL),
                    MaterialCheck.of("M-YYZZ", "营业执照", MaterialStatus.PRESENTED_COPY)), "补正材料已收齐");
            print(city, clerk, notified, "受理通知书", "政服受", false);
            city.centre().syncNow();
            step(plain, "review", "{\"department\":\"市场监管局食品经营许可科\",\"note\":\"\"}");
            step(plain, "decision", "{\"approved\":true,\"note\":\"准予许可\"}");
            step(tolerated, "review", "{\"department\":\"市场监管局食品经营许可科\",\"note\":\"需现场核查\"}");
            step(tolerated, "clock-pause", "{\"reason\":\"现场核查（行政许可法第四十五条，不计入期限）\"}");
            step(committed, "review", "{\"department\":\"市场监管局食品经营许可科\",\"note\":\"告知承诺事后核查\"}");

            // Friday: the inspection is done; decisions and conclusions.
            later(Duration.ofDays(3));
            step(tolerated, "clock-resume", "{\"note\":\"现场核查完毕\"}");
            step(tolerated, "decision", "{\"approved\":true,\"note\":\"准予许可\"}");
            step(tolerated, "conclusion", "{\"note\":\"办结\"}");
            step(committed, "decision", "{\"approved\":false,\"note\":\"经核查，承诺的食品安全管理制度与实际不符，不予许可\"}");
            step(committed, "conclusion", "{\"note\":\"不予许可，办结\"}");
            city.centre().syncNow();
            city.store().desk().record(clerk, plain.caseId(), new EventPayload.CertificateIssued("JY13301060012345", "食品经营许可证"));
            city.centre().syncNow();
            step(plain, "conclusion", "{\"note\":\"办结\"}");
            city.centre().syncNow();
            later(Duration.ofHours(2));
            city.store().desk().record(clerk, plain.caseId(), new EventPayload.Delivered("窗口领取", "申请人本人领取"));
            city.store().desk().record(clerk, plain.caseId(), new EventPayload.Evaluated(5, "办事很快，\"一次办好\"👍"));
            print(city, clerk, plain, "受理通知书", "政服受", true);
            city.centre().syncNow();
            town.centre().syncNow();

            if (!city.store().events().verify().isEmpty() || city.centre().overview().unsent() != 0) {
                throw new IllegalStateException("the city window did not end in sync: " + city.store().events().verify());
            }
            Files.createDirectories(out);
            writeEvents(city.store().databaseFile(), out.resolve("events.jsonl"));
            writeStates(city.store(), out.resolve("states.jsonl"));
            writeScenario(city.store(), town.store(), out.resolve("scenario.json"));
        }
    }

    /** A window: its own installation, enrolled with the centre, on the tests' clock. */
    private Workstation window(Path data, String hall) {
        Workstation window = Workstation.open(DataDirectory.of(data), central.clock);
        window.centre().enroll(URI.create(central.url()), central.devices.issueEnrollmentCode(hall, REGION, Duration.ofHours(1)));
        return window;
    }

    private static User login(Workstation window, String userId) {
        if (window.signIn().login(userId, PASSWORD.toCharArray()) instanceof LoginResult.SignedIn signedIn) {
            return signedIn.user();
        }
        throw new IllegalStateException(userId + " cannot sign in");
    }

    private void user(String userId, String name, Role role, String hall) {
        central.users.put(new UserAccount(userId, name, role, hall, PasswordHash.hash(PASSWORD.toCharArray()), false));
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("userId", userId);
        user.put("role", role.name());
        user.put("hall", hall);
        users.add(user);
    }

    private void later(Duration duration) {
        central.clock.advance(duration);
    }

    private void step(CaseState state, String step, String body) {
        var response = central.post("/api/backoffice/cases/" + state.caseNumber() + "/" + step, backOffice, body);
        if (response.statusCode() != 201) {
            throw new IllegalStateException(step + " " + state.caseNumber() + ": " + response.body());
        }
    }

    /** The document's event and archived bytes as a print records them (the PDF itself is not what is tested here). */
    private static void print(Workstation window, User clerk, CaseState state, String kind, String prefix, boolean reprint) {
        String number = reprint
                ? window.store().desk().state(state.caseId()).documents().get(0).number()
                : window.store().desk().nextDocumentNumber(prefix).text();
        window.store().desk().recordPrinted(clerk, state.caseId(), kind, number, reprint,
                ("%PDF-1.7 " + kind + " " + number + (reprint ? " 补打" : "")).getBytes(StandardCharsets.UTF_8));
    }

    private static Applicant person(String name, String idNumber) {
        return new Applicant(ApplicantType.PERSON, name, IdKind.RESIDENT_ID, idNumber, "13800138000", "杭州市西湖区文三路 90 号", "");
    }

    private static Applicant company() {
        return new Applicant(ApplicantType.COMPANY, "杭州西溪餐饮管理有限公司", IdKind.CREDIT_CODE, "91330106MA2H0X9Q1U",
                "057188001234", "杭州市西湖区天目山路 181 号", "周海");
    }

    /** 食品经营许可: each material as found; tolerable ones and the one a commitment may replace as asked. */
    private Intake intake(Applicant applicant, Agent agent, MaterialStatus tolerable, LocalDate promisedBy,
                          MaterialStatus commitmentAllowed) {
        List<MaterialCheck> materials = new ArrayList<>();
        for (MaterialRequirement m : catalog.item(FOOD).orElseThrow().materials()) {
            if (m.tolerable()) {
                materials.add(new MaterialCheck(m.code(), m.name(), tolerable,
                        tolerable == MaterialStatus.TOLERATED ? promisedBy : null, "", ""));
            } else if (m.commitmentAllowed()) {
                materials.add(MaterialCheck.of(m.code(), m.name(), commitmentAllowed));
            } else if (m.code().equals("M-YYZZ")) {
                materials.add(new MaterialCheck(m.code(), m.name(), MaterialStatus.ELECTRONIC_LICENCE, null, "",
                        "电子证照库：营业执照 91330106MA2H0X9Q1U"));
            } else {
                materials.add(MaterialCheck.of(m.code(), m.name(), m.form() == MaterialForm.COPY
                        ? MaterialStatus.PRESENTED_COPY : MaterialStatus.PRESENTED_ORIGINAL));
            }
        }
        return new Intake(catalog.version(), List.of(FOOD), "", List.of(), applicant, agent, materials);
    }

    private Intake deficient(Applicant applicant) {
        List<MaterialCheck> materials = new ArrayList<>();
        for (MaterialRequirement m : catalog.item(FOOD).orElseThrow().materials()) {
            MaterialStatus status = switch (m.code()) {
                case "M-SFZ" -> MaterialStatus.MISSING;
                case "M-YYZZ" -> MaterialStatus.DEFECTIVE;
                default -> MaterialStatus.PRESENTED_ORIGINAL;
            };
            materials.add(new MaterialCheck(m.code(), m.name(), status, null,
                    status == MaterialStatus.DEFECTIVE ? "复印件字迹不清" : "", ""));
        }
        return new Intake(catalog.version(), List.of(FOOD), "", List.of(), applicant, null, materials);
    }

    /** Every event the city window holds, each device's chain in sequence order, as stored. */
    private static void writeEvents(Path database, Path file) throws Exception {
        StringBuilder lines = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             PreparedStatement select = c.prepareStatement("SELECT body, hash, signature FROM event ORDER BY device_id, device_seq");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                lines.append(Json.write(new EventEnvelope(rs.getString(1), rs.getString(2), rs.getString(3)))).append('\n');
            }
        }
        Files.writeString(file, lines.toString(), StandardCharsets.UTF_8);
    }

    private static void writeStates(ClientStore city, Path file) throws Exception {
        StringBuilder lines = new StringBuilder();
        List<String> caseIds = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + city.databaseFile());
             PreparedStatement select = c.prepareStatement("SELECT case_id FROM event GROUP BY case_id ORDER BY min(seq)");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                caseIds.add(rs.getString(1));
            }
        }
        for (String caseId : caseIds) {
            lines.append("{\"caseId\":\"").append(caseId).append("\",\"state\":")
                    .append(Json.write(city.desk().state(UUID.fromString(caseId)))).append("}\n");
        }
        Files.writeString(file, lines.toString(), StandardCharsets.UTF_8);
    }

    private void writeScenario(ClientStore city, ClientStore town, Path file) throws Exception {
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("region", REGION);
        scenario.put("windows", List.of(
                Map.of("deviceId", city.device().deviceId(), "deviceCode", city.device().deviceCode(), "hall", CITY),
                Map.of("deviceId", town.device().deviceId(), "deviceCode", town.device().deviceCode(), "hall", TOWN)));
        scenario.put("backOffice", Map.of("deviceId", "BO-SCJG", "systemId", "SCJG"));
        scenario.put("users", users);
        Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(scenario) + "\n",
                StandardCharsets.UTF_8);
    }
}

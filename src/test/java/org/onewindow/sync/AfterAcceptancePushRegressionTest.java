package org.onewindow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.central.CaseEvents;
import org.onewindow.central.CentralFixture;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.EventHash;
import org.onewindow.codec.Json;
import org.onewindow.codec.SealedEvent;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.codec.sync.EventOutcome;
import org.onewindow.codec.sync.EventOutcome.Outcome;
import org.onewindow.codec.sync.PushRequest;
import org.onewindow.codec.sync.PushResult;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.caselog.AfterAcceptance;
import org.onewindow.domain.caselog.AfterAcceptance.CollectorCapacity;
import org.onewindow.domain.caselog.AfterAcceptance.MailPurpose;
import org.onewindow.domain.caselog.AfterAcceptance.MailState;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseNumber;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Hlc;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;
import org.onewindow.store.PasswordHash;

/**
 * The steps after acceptance pushed by a legitimately enrolled device of the case's own hall, each saying what no
 * window would record (decision record 0033, issue 9's rule: the centre trusts no device). Real central store on
 * embedded PostgreSQL, real HTTP, signed-chain pushes written by the test as an attacker would, and a real window of
 * the hall pulling what was stored. Before the centre ran {@code AfterAcceptanceRules} on pushes, every one of these
 * was stored as long as the case still folded (the negative amount alone was already refused by the generic walk of
 * {@code EventValidation}).
 */
class AfterAcceptancePushRegressionTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();

    private static final String APPLICANT_ID = "11010519491231002X";
    private static final BigDecimal FEE = new BigDecimal("20.00");

    /** A device enrolled in the hall, writing its own bodies, each continuing its chain (unsigned: it has no key). */
    private static final class Forger {
        final String deviceId;
        final String deviceCode;
        final String token;
        long seq;
        String previous = "";
        int serial;
        long tick;

        Forger(String hall) {
            String code = central.devices.issueEnrollmentCode(hall, "330100", Duration.ofHours(1));
            HttpResponse<String> enrolled = central.post("/api/enroll", null, "{\"code\":\"" + code
                    + "\",\"deviceId\":\"" + UUID.randomUUID() + "\",\"deviceCode\":\"AAAA\"}");
            assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
            JsonNode answer = Json.read(enrolled.body(), JsonNode.class);
            deviceId = answer.get("deviceId").textValue();
            deviceCode = answer.get("deviceCode").textValue();
            token = answer.get("token").textValue();
        }

        SealedEvent next(UUID caseId, String actor, EventPayload payload) {
            Instant now = central.clock.instant();
            SealedEvent sealed = EventCodec.CURRENT.seal(new CaseEvent(UUID.randomUUID(), caseId, deviceId, seq + 1,
                    new Hlc(now.toEpochMilli(), (int) ++tick, deviceId), actor, now, payload, previous, ""));
            seq++;
            previous = sealed.hash();
            return sealed;
        }

        List<EventOutcome> push(SealedEvent... events) {
            HttpResponse<String> response = central.post("/api/sync/push", token, Json.write(new PushRequest(deviceId,
                    Stream.of(events).map(EventEnvelope::of).toList())));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return Json.read(response.body(), PushResult.class).outcomes();
        }

        EventPayload.ApplicationAccepted opening(String clerk, BigDecimal fee) {
            LocalDate today = central.clock.today();
            return new EventPayload.ApplicationAccepted(new CaseNumber(deviceCode, today, ++serial).text(),
                    CaseEvents.intake(MaterialStatus.PRESENTED_ORIGINAL), DecisionKind.ACCEPT, today.plusDays(9),
                    today.plusDays(28), null, clerk, fee, 7, 20, false, false);
        }
    }

    private static String newHall() {
        return "H" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String clerk(String hall) {
        String id = "clerk-" + hall;
        central.users.put(new UserAccount(id, id, Role.CLERK, hall, PasswordHash.hash(SyncWindow.PASSWORD.toCharArray()), false));
        return id;
    }

    private static long stored(SealedEvent event) {
        return central.count("SELECT count(*) FROM case_event WHERE event_id = ?", event.event().eventId());
    }

    /**
     * What a step says on its own: a phone no window accepts, a void without its reason, a waybill of three letters, a
     * collecting agent without a 委托书, a fee paid without a 非税收入票据 number. Each is refused with its reason; the
     * sound steps of the same batch are stored, and the hall's window takes them.
     */
    @Test
    void aStepThatSaysWhatNoWindowRecordsIsRefusedAndTheBatchGoesOn(@TempDir(factory = SyncWindow.InMemory.class) Path dir)
            throws Exception {
        String hall = newHall();
        String clerk = clerk(hall);
        Forger device = new Forger(hall);
        UUID caseId = UUID.randomUUID();
        SealedEvent opened = device.next(caseId, clerk, device.opening(clerk, FEE));
        SealedEvent badPhone = device.next(caseId, clerk, new AfterAcceptance.MailDeliveryChosen("张三", "12345",
                "浙江省杭州市西湖区文三路 100 号"));
        SealedEvent noReason = device.next(caseId, clerk, new AfterAcceptance.CertificatePrintVoided("SP2026001",
                EventHash.of("pdf"), " "));
        SealedEvent shortWaybill = device.next(caseId, clerk, new AfterAcceptance.MailSent(MailPurpose.RESULT, "EMS",
                "ABC", "张三", "13800138000", "浙江省杭州市西湖区文三路 100 号", true, BigDecimal.ZERO));
        SealedEvent noAuthorisation = device.next(caseId, clerk, new AfterAcceptance.ResultCollected(CollectorCapacity.AGENT,
                "李四", IdKind.RESIDENT_ID, "110105194912310029", ""));
        SealedEvent noReceipt = device.next(caseId, clerk, new AfterAcceptance.FeePaid(FEE, "", "张三"));
        SealedEvent returnedWithoutWhy = device.next(caseId, clerk, new AfterAcceptance.MailTracked("EMS1234567890",
                MailState.RETURNED, ""));
        SealedEvent soundMail = device.next(caseId, clerk, new AfterAcceptance.MailDeliveryChosen("张三", "13800138000",
                "浙江省杭州市西湖区文三路 100 号"));
        SealedEvent soundFee = device.next(caseId, clerk, new AfterAcceptance.FeePaid(FEE, "3301002026000123", "张三"));

        List<EventOutcome> outcomes = device.push(opened, badPhone, noReason, shortWaybill, noAuthorisation, noReceipt,
                returnedWithoutWhy, soundMail, soundFee);

        assertThat(outcomes).extracting(EventOutcome::outcome).containsExactly(Outcome.STORED, Outcome.REJECTED,
                Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.STORED,
                Outcome.STORED);
        assertThat(outcomes.get(1).reason()).contains("收件人电话有误").contains("选择邮寄送达").contains("未保存");
        assertThat(outcomes.get(2).reason()).contains("作废证照必须写明原因");
        assertThat(outcomes.get(3).reason()).contains("运单号");
        assertThat(outcomes.get(4).reason()).contains("委托书");
        assertThat(outcomes.get(5).reason()).contains("非税收入票据号");
        assertThat(outcomes.get(6).reason()).contains("退回须写明原因");
        assertThat(Stream.of(badPhone, noReason, shortWaybill, noAuthorisation, noReceipt, returnedWithoutWhy)
                .mapToLong(AfterAcceptancePushRegressionTest::stored).sum()).isZero();

        try (SyncWindow window = SyncWindow.enrolled(central, dir, hall, clerk)) {
            SyncRound round = window.sync.syncNow();
            assertThat(round.notTaken()).isEmpty();
            CaseState state = window.store.desk().state(caseId);
            assertThat(state.afterAcceptance().mailTo().phone()).isEqualTo("13800138000");
            assertThat(state.afterAcceptance().fee().receiptNumber()).isEqualTo("3301002026000123");
        }
    }

    /**
     * What a step says against the case: a fee paid in another amount than the acceptance recorded, or negative; a
     * fee paid on a free case; a result collected as the applicant by someone else, or by an agent who is the
     * applicant; a step on a case the centre has no opening of. Judged against the case as the centre folds it.
     */
    @Test
    void aStepThatDoesNotFitTheCaseIsRefusedWithItsReason() {
        String hall = newHall();
        String clerk = clerk(hall);
        Forger device = new Forger(hall);
        UUID caseId = UUID.randomUUID();
        UUID freeCase = UUID.randomUUID();
        device.push(device.next(caseId, clerk, device.opening(clerk, FEE)),
                device.next(freeCase, clerk, device.opening(clerk, BigDecimal.ZERO)));

        SealedEvent wrongAmount = device.next(caseId, clerk, new AfterAcceptance.FeePaid(new BigDecimal("2.00"),
                "3301002026000123", "张三"));
        SealedEvent negative = device.next(caseId, clerk, new AfterAcceptance.FeePaid(new BigDecimal("-20.00"),
                "3301002026000124", "张三"));
        SealedEvent onAFreeCase = device.next(freeCase, clerk, new AfterAcceptance.FeePaid(FEE, "3301002026000125", "张三"));
        SealedEvent waivedOnAFreeCase = device.next(freeCase, clerk, new AfterAcceptance.FeeWaived("浙价费〔2020〕1号"));
        SealedEvent notTheApplicant = device.next(caseId, clerk, new AfterAcceptance.ResultCollected(
                CollectorCapacity.APPLICANT, "张三", IdKind.RESIDENT_ID, "110105194912310029", ""));
        SealedEvent anotherName = device.next(caseId, clerk, new AfterAcceptance.ResultCollected(
                CollectorCapacity.APPLICANT, "王五", IdKind.RESIDENT_ID, APPLICANT_ID, ""));
        SealedEvent agentIsTheApplicant = device.next(caseId, clerk, new AfterAcceptance.ResultCollected(
                CollectorCapacity.AGENT, "张三", IdKind.RESIDENT_ID, APPLICANT_ID, "委托书 2026-12-01，代领证照"));
        SealedEvent neverOpened = device.next(UUID.randomUUID(), clerk, new AfterAcceptance.FeePaid(FEE,
                "3301002026000126", "张三"));
        SealedEvent rightAmount = device.next(caseId, clerk, new AfterAcceptance.FeePaid(FEE, "3301002026000127", "张三"));

        List<EventOutcome> outcomes = device.push(wrongAmount, negative, onAFreeCase, waivedOnAFreeCase, notTheApplicant,
                anotherName, agentIsTheApplicant, neverOpened, rightAmount);

        assertThat(outcomes).extracting(EventOutcome::outcome).containsExactly(Outcome.REJECTED, Outcome.REJECTED,
                Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED,
                Outcome.STORED);
        assertThat(outcomes.get(0).reason()).contains("缴费金额 2.00 元与应收 20.00 元不符").contains("“缴费”未保存");
        assertThat(outcomes.get(1).reason()).contains("-20.00");
        assertThat(outcomes.get(2).reason()).contains("本案件不收费");
        assertThat(outcomes.get(3).reason()).contains("本案件不收费");
        assertThat(outcomes.get(4).reason()).contains("领取人证件号码与申请人不一致");
        assertThat(outcomes.get(5).reason()).contains("领取人姓名与申请人“张三”不一致");
        assertThat(outcomes.get(6).reason()).contains("应按“申请人本人”领取");
        assertThat(outcomes.get(7).reason()).contains("案件尚未受理登记");
        assertThat(Stream.of(wrongAmount, negative, onAFreeCase, waivedOnAFreeCase, notTheApplicant, anotherName,
                agentIsTheApplicant, neverOpened).mapToLong(AfterAcceptancePushRegressionTest::stored).sum()).isZero();
        assertThat(stored(rightAmount)).isEqualTo(1);
    }
}

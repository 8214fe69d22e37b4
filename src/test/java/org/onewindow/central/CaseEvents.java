package org.onewindow.central;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.SealedEvent;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.HybridLogicalClock;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;

/** Events as a window records them, for tests and benchmarks that talk to the service directly. */
public final class CaseEvents {

    private final String deviceId;
    private final String deviceCode;
    private final AtomicLong seq = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger serial = new java.util.concurrent.atomic.AtomicInteger();
    private final Clock wallClock;
    private final HybridLogicalClock clock;
    private String previousHash = "";

    /**
     * @param deviceCode the code the centre gave the device: its case numbers carry it
     * @param wallClock  the time this device reads: in tests, the centre's clock, as on synchronised PCs
     */
    public CaseEvents(String deviceId, String deviceCode, Clock wallClock) {
        this.deviceId = deviceId;
        this.deviceCode = deviceCode;
        this.wallClock = wallClock;
        this.clock = new HybridLogicalClock(wallClock, deviceId);
    }

    /** Events of an enrolled device. */
    public CaseEvents(org.onewindow.codec.sync.Enrollment device, Clock wallClock) {
        this(device.deviceId(), device.deviceCode(), wallClock);
    }

    public SealedEvent accepted(UUID caseId, String actor) {
        long n = seq.incrementAndGet();
        return event(caseId, actor, n, new EventPayload.ApplicationAccepted(nextNumber(),
                intake(MaterialStatus.PRESENTED_ORIGINAL), DecisionKind.ACCEPT, LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 21), null, actor, BigDecimal.ZERO, 5, 20, false, false));
    }

    /** This device's next case number, as a window issues it: its code, the day, its serial of the day. */
    public String nextNumber() {
        return new org.onewindow.domain.caselog.CaseNumber(deviceCode,
                LocalDate.ofInstant(wallClock.instant(), org.onewindow.domain.caselog.CaseFold.ZONE), serial.incrementAndGet()).text();
    }

    public SealedEvent payload(UUID caseId, String actor, EventPayload payload) {
        return event(caseId, actor, seq.incrementAndGet(), payload);
    }

    /** Sealed into this device's hash chain, as the client store does. */
    private synchronized SealedEvent event(UUID caseId, String actor, long n, EventPayload payload) {
        SealedEvent sealed = EventCodec.CURRENT.seal(new CaseEvent(UUID.randomUUID(), caseId, deviceId, n, clock.now(),
                actor, wallClock.instant(), payload, previousHash, ""));
        previousHash = sealed.hash();
        return sealed;
    }

    /** The next event links to {@code hash}: the last event this device wrote was not sealed here. */
    public synchronized void linkAfter(String hash) {
        previousHash = hash;
    }

    /** The events as a push carries them. */
    public static List<EventEnvelope> envelopes(List<SealedEvent> events) {
        return events.stream().map(EventEnvelope::of).toList();
    }

    public static Intake intake(MaterialStatus idCardStatus) {
        return new Intake("2026.1", List.of("SCJG-001"), "", List.of(),
                new Applicant(ApplicantType.PERSON, "张三", IdKind.RESIDENT_ID, "11010519491231002X", "13800138000", "", ""),
                null, List.of(MaterialCheck.of("M-ID", "身份证", idCardStatus)));
    }
}

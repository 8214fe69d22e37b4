package org.onewindow.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.testing.Cases;
import org.onewindow.testing.TestClock;

/**
 * The child of {@link CrashTest}: saves cases as fast as it can and prints a line only after each
 * save has returned, so every printed line is a promise the store must keep after a SIGKILL.
 * Arguments: the data directory, the seed of its applicants' names, and the instant its clock starts at.
 */
public final class SavingLoop {

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[1]));
        TestClock clock = TestClock.ticking(args[2]);
        try (ClientStore store = StoreFixture.open(dir, clock)) {
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; ; i++) {
                String name = "申请人" + random.nextInt(1_000_000) + "号";
                CaseState accepted = Cases.accept(store, clock, StoreFixture.CLERK,
                        StoreFixture.completeIntake(StoreFixture.person(name, "110105199003070023")), DecisionKind.ACCEPT);
                System.out.println("ACCEPTED " + accepted.caseId());
                System.out.flush();
                byte[] pdf = ("%PDF-1.7 受理通知书 " + accepted.caseNumber() + " " + i).getBytes(StandardCharsets.UTF_8);
                ArchivedDocument printed = store.desk().recordPrinted(StoreFixture.CLERK, accepted.caseId(), "受理通知书",
                        store.desk().nextDocumentNumber("政服受").text(), false, pdf);
                System.out.println("PRINTED " + accepted.caseId() + " " + printed.sha256());
                System.out.flush();
            }
        }
    }
}

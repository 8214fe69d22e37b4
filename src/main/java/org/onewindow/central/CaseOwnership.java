package org.onewindow.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;

/**
 * Whose a case is (案件归属): the hall of the device whose event first reached the centre for it. Only that hall's
 * devices write to it, and the devices it was handed to: a window of another hall that looked it up with the
 * applicant's document number (补正 elsewhere). A case's number is the device's own — its device code is the code
 * the centre gave the device that wrote the opening — and no two cases share one: a clash is refused for that one
 * event, with the reason, and the rest of the batch goes on.
 */
final class CaseOwnership {

    private record Registered(String number, String hall) {
    }

    private final String deviceHall;
    private final Map<String, String> codes;
    private final Map<UUID, Registered> byCase = new HashMap<>();
    private final Map<String, UUID> byNumber = new HashMap<>();
    private final Set<UUID> handedOver = new HashSet<>();

    private CaseOwnership(String deviceHall, Map<String, String> codes) {
        this.deviceHall = deviceHall;
        this.codes = codes;
    }

    /**
     * The registry rows of the batch's cases and numbers, and which of those cases were handed to the device.
     *
     * @param codes the device code of each device whose events the pushing device may send (itself, its predecessors)
     */
    static CaseOwnership load(Connection c, Device device, Map<String, String> codes, Collection<UUID> caseIds,
                              Collection<String> numbers) throws SQLException {
        CaseOwnership ownership = new CaseOwnership(device.hall(), codes);
        try (PreparedStatement select = c.prepareStatement("""
                SELECT case_id, case_number, hall FROM case_registry WHERE case_id = ANY (?) OR case_number = ANY (?)""")) {
            select.setArray(1, c.createArrayOf("uuid", caseIds.toArray()));
            select.setArray(2, c.createArrayOf("text", numbers.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    UUID caseId = row.getObject(1, UUID.class);
                    ownership.byCase.put(caseId, new Registered(row.getString(2), row.getString(3)));
                    if (row.getString(2) != null) {
                        ownership.byNumber.put(row.getString(2), caseId);
                    }
                }
            }
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT case_id FROM case_touch WHERE device_id = ANY (?) AND case_id = ANY (?)")) {
            select.setArray(1, c.createArrayOf("text", List.of(device.deviceId()).toArray()));
            select.setArray(2, c.createArrayOf("uuid", caseIds.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ownership.handedOver.add(row.getObject(1, UUID.class));
                }
            }
        }
        return ownership;
    }

    /**
     * Empty when the device may write this event to its case; otherwise why not. An event that may be written claims
     * its case (and its number) for the events after it in the batch.
     */
    String refusal(CaseEvent event) {
        UUID caseId = event.caseId();
        Registered registered = byCase.get(caseId);
        String number = event.payload() instanceof EventPayload.Opening opening ? opening.caseNumber() : null;
        if (registered != null) {
            if (!registered.hall().equals(deviceHall) && !handedOver.contains(caseId)) {
                return "案件 " + (registered.number() == null ? caseId.toString() : registered.number()) + " 属于其他大厅（"
                        + registered.hall() + "），本设备所在大厅无权记录“" + event.type().label() + "”，本条未保存";
            }
            if (number == null) {
                return "";
            }
            if (registered.number() != null) {
                return registered.number().equals(number) ? ""
                        : "受理编号 " + number + " 与中心登记的本案编号 " + registered.number() + " 不一致，“"
                                + event.type().label() + "”未保存";
            }
        }
        if (number != null) {
            String refusal = numberRefusal(number, event, caseId);
            if (!refusal.isEmpty()) {
                return refusal;
            }
            byNumber.put(number, caseId);
        }
        byCase.put(caseId, new Registered(number, registered == null ? deviceHall : registered.hall()));
        return "";
    }

    private String numberRefusal(String number, CaseEvent event, UUID caseId) {
        String expected = codes.get(event.deviceId());
        String code = number.length() >= 4 ? number.substring(0, 4) : number;
        if (expected == null || !expected.equals(code)) {
            return "受理编号 " + number + " 的设备码 " + code + " 不是记录它的设备的设备码（" + expected
                    + "）：每台设备只用自己的设备码编号，“" + event.type().label() + "”未保存";
        }
        UUID holder = byNumber.get(number);
        if (holder != null && !holder.equals(caseId)) {
            return "受理编号 " + number + " 已被中心库的另一案件使用（编号冲突），“" + event.type().label()
                    + "”未保存；请由窗口负责人为此案重新编号";
        }
        return "";
    }
}

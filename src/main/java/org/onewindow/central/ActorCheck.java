package org.onewindow.central;

import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;

/**
 * Whether the person named on a pushed event may have recorded it there: a user of the pushing device's hall, active
 * when the event reaches the centre (a recordedAt from before a disable proves nothing: the device writes it), whose
 * role may record the type (窗口无否决权: refusals need a supervisor).
 */
final class ActorCheck {

    private ActorCheck() {
    }

    /**
     * A workstation's own record (期限重算) names no person: it is taken only as the system's, and only from the
     * device that opened the case, which counted its dates in the first place.
     */
    static String systemRefusal(CaseEvent event, String openingDevice) {
        if (!User.SYSTEM.userId().equals(event.actor())) {
            return "“" + event.type().label() + "”只能由系统记录，不能以 " + event.actor() + " 的名义记录，本条未保存";
        }
        if (!event.deviceId().equals(openingDevice)) {
            return "“" + event.type().label() + "”只能由受理该案件的设备记录，本条未保存";
        }
        return "";
    }

    /** Empty when the event may be stored; otherwise why not, for the person at the window. */
    static String refusal(CaseEvent event, Users.Standing actor, String deviceHall) {
        EventType type = event.type();
        if (actor == null) {
            return "操作人 " + event.actor() + " 不是中心登记的用户，“" + type.label() + "”未保存";
        }
        if (!actor.hall().equals(deviceHall)) {
            return "操作人 " + event.actor() + " 不是本设备所在大厅（" + deviceHall + "）的用户，“" + type.label() + "”未保存";
        }
        if (!actor.active()) {
            return "操作人 " + event.actor() + " 已被停用，其“" + type.label() + "”不再接收";
        }
        Role required = type.requiredRole();
        if (!actor.role().mayRecord(required)) {
            return "“" + type.label() + "”须由" + required.label() + "记录，操作人 " + event.actor()
                    + "（" + actor.role().label() + "）无此权限，本条未保存";
        }
        return "";
    }
}

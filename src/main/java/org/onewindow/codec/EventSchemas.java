package org.onewindow.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onewindow.domain.caselog.EventType;

/**
 * The schema version of each event type and the upcasters between versions (decision record 0016). Every
 * type starts at schema 1, the record shapes of the first envelope build. A stored body is never rewritten:
 * it is read at the schema it was written in and brought up to the current one, one small step at a time.
 *
 * <p>To add a field to a payload: add the record component, then write one upcaster that gives bodies of
 * the previous schema the field's value and register it with one line in {@link #CURRENT}, e.g.
 * {@code .upcast(EventType.DELIVERED, 1, body -> payload(body).put("trackingNumber", ""))}. The type's
 * current schema is then 2, which new events are written with. The previous build still reads them: an
 * unknown field is ignored, and stays in the stored bytes.
 */
public final class EventSchemas {

    /** One step: a body of {@code fromSchema} in, the same event as the next schema out (it may be changed in place). */
    @FunctionalInterface
    public interface Upcaster {
        ObjectNode upcast(ObjectNode body);
    }

    /** The schemas of this build. Register upcasters here, oldest first. */
    public static final EventSchemas CURRENT = builder()
            // 2: the limits the dates were counted from, and whether each date was provisional (decision record 0019).
            // Acceptances of schema 1 were dated only inside the published holidays, so none was provisional; their
            // limits were not kept, and stay unknown.
            .upcast(EventType.APPLICATION_ACCEPTED, 1, body -> {
                payload(body).putNull("promisedDays").putNull("statutoryDays")
                        .put("promisedProvisional", false).put("statutoryProvisional", false);
                return body;
            })
            // 3: the unit of the statutory limit (工作日 or 日); acceptances before it counted working days.
            .upcast(EventType.APPLICATION_ACCEPTED, 2, body -> {
                payload(body).put("statutoryUnit", "WORKING_DAYS");
                return body;
            })
            // 2: what an approval grants, to be printed on the certificate, and what a denial rests on (decision record
            // 0033); decisions of schema 1 carried neither.
            .upcast(EventType.DECIDED, 1, body -> {
                payload(body).putNull("licence").put("basis", "");
                return body;
            })
            .build();

    private final Map<EventType, List<Upcaster>> steps;

    private EventSchemas(Map<EventType, List<Upcaster>> steps) {
        this.steps = steps;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this build's steps, for a registry one step ahead of it (as the next build would be). */
    public static Builder extendingCurrent() {
        Builder builder = new Builder();
        CURRENT.steps.forEach((type, chain) -> builder.steps.get(type).addAll(chain));
        return builder;
    }

    /** The schema this build writes events of {@code type} with. */
    public int current(EventType type) {
        return steps.get(type).size() + 1;
    }

    /** {@code body}, written at {@code schema}, brought up to the current schema; newer or current bodies as they are. */
    ObjectNode upcast(EventType type, int schema, ObjectNode body) {
        List<Upcaster> chain = steps.get(type);
        ObjectNode upcast = body;
        for (int from = schema; from <= chain.size(); from++) {
            upcast = chain.get(from - 1).upcast(upcast);
            upcast.put("schema", from + 1);
        }
        return upcast;
    }

    /** The payload object of a body, for upcasters. */
    public static ObjectNode payload(ObjectNode body) {
        return (ObjectNode) body.get("payload");
    }

    public static final class Builder {
        private final Map<EventType, List<Upcaster>> steps = new EnumMap<>(EventType.class);

        private Builder() {
            for (EventType type : EventType.values()) {
                steps.put(type, new ArrayList<>());
            }
        }

        /** The step from {@code fromSchema} to the next; steps of a type are registered in order, from 1. */
        public Builder upcast(EventType type, int fromSchema, Upcaster upcaster) {
            List<Upcaster> chain = steps.get(type);
            if (fromSchema != chain.size() + 1) {
                throw new IllegalArgumentException(type + ": the next upcaster must start at schema " + (chain.size() + 1)
                        + ", not " + fromSchema);
            }
            chain.add(upcaster);
            return this;
        }

        public EventSchemas build() {
            Map<EventType, List<Upcaster>> frozen = new EnumMap<>(EventType.class);
            steps.forEach((type, chain) -> frozen.put(type, Collections.unmodifiableList(new ArrayList<>(chain))));
            return new EventSchemas(frozen);
        }
    }
}

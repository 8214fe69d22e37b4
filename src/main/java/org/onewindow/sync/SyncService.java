package org.onewindow.sync;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.onewindow.codec.sync.CaseFile;
import org.onewindow.codec.sync.EnrollRequest;
import org.onewindow.codec.sync.Enrollment;
import java.util.Optional;
import org.onewindow.codec.sync.DeviceStanding;
import org.onewindow.codec.sync.PasswordChange;
import org.onewindow.codec.sync.Succession;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.store.ChainBreak;
import org.onewindow.store.ClientStore;
import org.onewindow.store.DeviceSigningKey;
import org.onewindow.store.DeviceIdentity;
import org.onewindow.store.OutboxEntry;
import org.onewindow.store.PullReport;
import org.onewindow.store.SyncState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a window in step with the central store (同步): in the background it pushes unsent events,
 * then pulls what changed; while the store cannot be reached it tries again after a growing, jittered
 * wait, so it resumes by itself when the network returns. The UI reads {@link #status()} and listens
 * for changes; nothing at the window ever waits for this.
 */
public final class SyncService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    /** Between rounds while all is well. */
    public static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final int FAILED_SHOWN = 200;

    private final ClientStore store;
    private final Clock clock;
    private final Backoff backoff;
    private final Duration interval;
    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sync");
        thread.setDaemon(true);
        return thread;
    });
    private final ReentrantLock roundLock = new ReentrantLock();
    private final AtomicBoolean nudged = new AtomicBoolean();
    private CentralClient client;
    private String clientIdentity = "";
    private ScheduledFuture<?> next;
    private volatile SyncStatus status;
    private volatile boolean online;
    private volatile String problem = "";
    private volatile boolean deviceRefused;
    private volatile boolean chainVerified;
    /** Not the centre's answer: this window refuses to sync its own damaged store ({@link CentralRefusedException}). */
    public static final int LOCAL_STORE_DAMAGED = 0;

    /** The loop as the window runs it: every 30 s, backing off from 2 s to 2 min while the centre is away. */
    public SyncService(ClientStore store, Clock clock) {
        this(store, clock, new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(2), RandomGenerator.getDefault()),
                INTERVAL);
    }

    public SyncService(ClientStore store, Clock clock, Backoff backoff, Duration interval) {
        this.store = store;
        this.clock = clock;
        this.backoff = backoff;
        this.interval = interval;
        this.status = readStatus();
    }

    /**
     * Enrolls this device with a one-time code, registering the public key it signs its events with, and keeps the
     * token (in its own file). A device that has written nothing yet lets the centre assign its id; one whose events
     * already carry its id names it (decision record 0020). The answer must name this device's key: an older centre that
     * ignored it is noted, and the key is registered later.
     */
    public static Enrollment enroll(ClientStore store, URI server, String code)
            throws CentralUnreachableException, CentralRefusedException {
        DeviceIdentity device = store.device();
        String claimed = store.hasOwnEvents() ? device.deviceId() : "";
        Enrollment enrollment = CentralClient.enroll(server, new EnrollRequest(code.strip(), claimed, device.deviceCode(),
                store.signingKey().publicKeyText()));
        boolean keyConfirmed = enrollment.keyId().equals(store.signingKey().keyId());
        if (!keyConfirmed) {
            LOG.warn("中心库未确认本机的签名公钥（中心库版本较旧？），本机事件暂不签名核验，待中心库升级后补登");
        }
        store.recordEnrollment(enrollment.deviceId(), enrollment.deviceCode(), server.toString(), enrollment.token(), keyConfirmed);
        return enrollment;
    }

    public SyncStatus status() {
        return status;
    }

    public void addListener(SyncListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SyncListener listener) {
        listeners.remove(listener);
    }

    /** Starts the background loop: a round now, then one every interval, or after a backoff while offline. */
    public void start() {
        schedule(Duration.ZERO);
    }

    /** Sync soon (after a capture, or when a person asks): cuts a backoff wait short. */
    public void nudge() {
        nudged.set(true);
        schedule(Duration.ZERO);
    }

    /** A person asks to send a failed or rejected event again. */
    public void retry(UUID eventId) {
        store.outbox().retry(eventId);
        publish();
        nudge();
    }

    /**
     * One round, push then pull, on the caller's thread (the loop and {@code onewindow sync} use it).
     * Throws when the central store cannot be reached or refuses this device; the status says so too.
     */
    public SyncRound syncNow() throws CentralUnreachableException, CentralRefusedException {
        roundLock.lock();
        try {
            try {
                refuseADamagedStore();
            } catch (CentralRefusedException e) {
                problem = e.getMessage();
                publish();
                throw e;
            }
            return round(client());
        } finally {
            roundLock.unlock();
        }
    }

    private SyncRound round(CentralClient client) throws CentralUnreachableException, CentralRefusedException {
        try {
            if (store.device().mustGoOnAsNewDevice()) {
                client = goOnAsNewDevice(client);
            }
            refuseAStoreThatLostSentEvents(client);
            if (!store.device().keyConfirmed()) {
                registerKey(client);
            }
            OutboxPusher.Tally pushed = new OutboxPusher(store.outbox(), client, store.device().deviceId(),
                    store.signingKey()).pushAll();
            ChangePuller.Tally pulled = new ChangePuller(store, client).pullAll();
            store.outbox().recordSuccessfulSync(clock.instant());
            online = true;
            problem = "";
            deviceRefused = false;
            SyncRound done = new SyncRound(pushed.sent, pushed.stored, pushed.duplicates, pushed.rejected, pulled.received,
                    pulled.usersUpdated, pulled.catalogUpdated, pulled.calendarsUpdated, pulled.notTaken);
            listeners.forEach(listener -> listener.roundCompleted(done));
            return done;
        } catch (CentralUnreachableException e) {
            online = false;
            problem = e.getMessage();
            throw e;
        } catch (CentralRefusedException e) {
            online = true;
            problem = e.getMessage();
            deviceRefused = e.deviceRefused();
            throw e;
        } finally {
            publish();
        }
    }

    /**
     * Fetches a case of this region by number and its applicant's document number (an applicant bringing a material to
     * this window) and keeps it locally, so the window can record the supplement; its later events come with every pull.
     */
    public PullReport fetchCase(String caseNumber, String applicantIdNumber)
            throws CentralUnreachableException, CentralRefusedException {
        CaseFile file = client().fetchCase(caseNumber, applicantIdNumber);
        PullReport report = store.outbox().applyPulled(file.events(), List.of(), List.of(), file.keys(), Map.of(), null);
        publish();
        return report;
    }

    /**
     * A person of this hall changes their password at the centre, which checks the current one; the new account is
     * taken in here at once. Needs the centre: the other windows learn the new hash from it.
     */
    public void changePassword(String userId, char[] current, char[] next)
            throws CentralUnreachableException, CentralRefusedException {
        UserAccount account = client().changePassword(new PasswordChange(userId, new String(current), new String(next)));
        store.users().applyFromCentral(List.of(ChangePuller.synced(account)));
    }

    /**
     * What the store's own checks found (decision record 0021): a file SQLite finds damaged, a session whose -wal was
     * lost, or — once per session — a hash chain that does not hold. Such a store is not synced: what it would send or
     * take in could overwrite what the centre holds of this device.
     */
    private void refuseADamagedStore() throws CentralRefusedException {
        Optional<String> damage = store.damage();
        if (damage.isEmpty() && !chainVerified) {
            List<ChainBreak> breaks = store.events().verify();
            if (!breaks.isEmpty()) {
                ChainBreak first = breaks.get(0);
                damage = Optional.of("事件哈希链有 " + breaks.size() + " 处不符（如设备 " + first.deviceId() + " 第 "
                        + first.deviceSeq() + " 号：" + first.problem() + "）");
            } else {
                chainVerified = true;
            }
        }
        if (damage.isPresent()) {
            throw new CentralRefusedException(LOCAL_STORE_DAMAGED, damaged(damage.get()));
        }
    }

    /** The centre holds events of this device this store does not: it lost committed work (a -wal, a file copy). */
    private void refuseAStoreThatLostSentEvents(CentralClient client)
            throws CentralUnreachableException, CentralRefusedException {
        DeviceStanding standing;
        try {
            standing = client.standing();
        } catch (CentralRefusedException e) {
            if (e.status() == 404) {
                return; // a centre older than this check: it cannot tell
            }
            throw e;
        }
        ClientStore.ChainHead here = store.ownChainHead();
        if (standing.lastSeq() > here.deviceSeq()) {
            throw new CentralRefusedException(LOCAL_STORE_DAMAGED, damaged("中心库已收到本机第 " + (here.deviceSeq() + 1) + " 至 "
                    + standing.lastSeq() + " 号事件，本地数据库中却没有（丢失了已保存的内容，如 -wal 文件丢失或用文件副本替换过数据库）"));
        }
        if (standing.lastSeq() > 0 && !store.ownHashAt(standing.lastSeq()).map(standing.lastHash()::equals).orElse(false)) {
            throw new CentralRefusedException(LOCAL_STORE_DAMAGED, damaged("本机第 " + standing.lastSeq()
                    + " 号事件与中心库所存的不同（数据库被替换或改动过）"));
        }
    }

    private String damaged(String what) {
        return "本地数据库已损坏，已停止同步：" + what + "。请停止在本机受理，并用 onewindow restore 恢复最近的备份（自动备份在数据目录的"
                + " backups 文件夹）；恢复后本机会在下次同步时接续为新设备，已上传到中心库的内容会重新下载到本机。";
    }

    /** A restored window goes on as a new device before it sends or records anything (decision record 0021). */
    private CentralClient goOnAsNewDevice(CentralClient client) throws CentralUnreachableException, CentralRefusedException {
        DeviceSigningKey fresh = DeviceSigningKey.fresh();
        DeviceSigningKey old = store.signingKey();
        Enrollment successor = client.succeed(new Succession(fresh.publicKeyText(), old.signSuccession(fresh.publicKeyText())));
        store.goOnAsNewDevice(successor.deviceId(), successor.deviceCode(), successor.token(), fresh);
        LOG.info("本机已从备份恢复，接续为新设备 {}（设备码 {}）", successor.deviceId(), successor.deviceCode());
        return client();
    }

    /** A window enrolled before it signed registers its key now; a centre that has one already says so (409). */
    private void registerKey(CentralClient client) throws CentralUnreachableException {
        try {
            client.registerKey(store.signingKey().publicKeyText());
            store.confirmSigningKey();
        } catch (CentralRefusedException e) {
            LOG.warn("未能在中心库登记本机的签名公钥：{}", e.getMessage());
        }
    }

    /** One HTTP client (and its connection pool) for as long as the device keeps its server and token. */
    private synchronized CentralClient client() throws CentralRefusedException {
        DeviceIdentity device = store.device();
        if (!device.enrolled()) {
            throw new CentralRefusedException(401, "本机尚未注册到中心库：请先运行 onewindow enroll --server 地址 --code 注册码");
        }
        String identity = device.serverUrl() + " " + device.deviceToken();
        if (!identity.equals(clientIdentity)) {
            client = new CentralClient(URI.create(device.serverUrl()), device.deviceToken());
            clientIdentity = identity;
        }
        return client;
    }

    private void loopRound() {
        nudged.set(false);
        try {
            SyncRound round = syncNow();
            backoff.reset();
            LOG.info("同步完成：上传 {}（拒收 {}），下载 {}", round.sent(), round.rejected().size(), round.received());
            round.notTaken().forEach(reason -> LOG.warn("下载的事件未接收：{}", reason));
            // A capture during the round would otherwise wait a whole interval.
            schedule(nudged.get() ? Duration.ZERO : interval);
        } catch (CentralUnreachableException e) {
            Duration wait = backoff.nextDelay();
            LOG.info("中心库不可达，{} 秒后重试：{}", wait.toSeconds(), e.getMessage());
            schedule(wait);
        } catch (CentralRefusedException e) {
            if (e.deviceRefused()) {
                LOG.warn("中心库拒绝本设备，同步停止，需重新注册：{}", e.getMessage());
            } else {
                LOG.warn("中心库拒绝同步请求：{}", e.getMessage());
                schedule(backoff.nextDelay());
            }
        } catch (RuntimeException e) {
            LOG.error("同步出错", e);
            problem = "同步出错：" + e.getMessage();
            publish();
            schedule(backoff.nextDelay());
        }
    }

    /** Never waits for a running round: the UI thread calls this. */
    private void schedule(Duration delay) {
        synchronized (loop) {
            if (loop.isShutdown()) {
                return;
            }
            if (next != null) {
                next.cancel(false);
            }
            next = loop.schedule(this::loopRound, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void publish() {
        status = readStatus();
        for (SyncListener listener : listeners) {
            listener.statusChanged(status);
        }
    }

    private SyncStatus readStatus() {
        Map<SyncState, Long> counts = store.outbox().counts();
        long waiting = counts.get(SyncState.PENDING) + counts.get(SyncState.SENDING) + counts.get(SyncState.FAILED)
                + counts.get(SyncState.DEAD_LETTER);
        List<SyncStatus.FailedEvent> failed = store.outbox().problems(FAILED_SHOWN).stream()
                .map(SyncService::failedEvent).toList();
        return new SyncStatus(online, waiting, failed, store.outbox().lastSuccessfulSync().orElse(null), problem, deviceRefused);
    }

    private static SyncStatus.FailedEvent failedEvent(OutboxEntry entry) {
        return new SyncStatus.FailedEvent(entry.event().eventId(), entry.event().caseId(), entry.event().type().label(),
                entry.lastError(), entry.state() == SyncState.DEAD_LETTER);
    }

    @Override
    public void close() {
        synchronized (loop) {
            loop.shutdownNow();
        }
        try {
            loop.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.onewindow.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.onewindow.codec.CatalogJson;
import org.onewindow.codec.Json;
import org.onewindow.domain.calendar.DayOverride;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ItemSearch;
import org.onewindow.print.CertificateRenderer;
import org.onewindow.print.DeviceCertificate;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.AfterAcceptancePapers;
import org.onewindow.print.CertificateRenderer;
import org.onewindow.print.DeviceCertificate;
import org.onewindow.print.DocumentRenderer;
import org.onewindow.print.PdfFonts;
import org.onewindow.print.PrinterSettings;
import org.onewindow.print.SigningKeys;
import org.onewindow.print.StaffNames;
import org.onewindow.store.Backups;
import org.onewindow.store.ClientStore;
import org.onewindow.store.DataDirectory;
import org.onewindow.store.Settings;
import org.onewindow.sync.ChangePuller;
import org.onewindow.sync.SyncListener;
import org.onewindow.sync.SyncRound;
import org.onewindow.sync.SyncService;
import org.onewindow.sync.SyncStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one runtime of a window PC or an agent's laptop (工作站): it owns the local store, the catalog and
 * working-day calendar in force — the central store's once it published them, else the bundled ones — and
 * swaps them when a sync brings newer ones, the clock, the settings, the documents and the link to the
 * centre. The window and every command of the launcher work through it and its use cases, so they fold,
 * date and search with the same data. Opened off the window's thread; closed when the program ends.
 */
public final class Workstation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workstation.class);

    private final DataDirectory data;
    private final ClientStore store;
    private final java.nio.file.Path sealDirectory;
    private final Clock clock;
    private final SyncService sync;
    private final Changes changes = new Changes();
    private final List<Consumer<Catalog>> catalogListeners = new CopyOnWriteArrayList<>();
    private volatile Catalog catalog;
    private volatile ItemSearch search;
    private volatile WorkingCalendar calendar;
    private volatile DocumentPrinter printer;

    private final DueDates dueDates;
    private final SignIn signIn;
    private final TakeApplication takeApplication;
    private final SupplementCase supplementCase;
    private final VoidCase voidCase;
    private final RenumberCase renumberCase;
    private final IssueDocuments documents;
    private final CaseQueries cases;
    private final CentreLink centre;
    private final DailyBackups backups;
    private final PrinterSetup printerSetup;
    private final OfficeSetup officeSetup;
    private final HallStatus hallStatus;
    private final RecountDeadlines recount;
    private final PostVerification postVerification;
    private final SiteSettings sites;
    private final ProxyIntake proxyIntake;
    private final HandOver handOver;
    private final ReceiveHandover receiveHandover;
    private final MaterialCopies materialCopies;
    private final ProxyFiles proxyFiles;
    private final AfterAcceptanceSteps afterAcceptance;
    private final AfterAcceptanceQueries afterAcceptanceQueries;

    private Workstation(DataDirectory data, ClientStore store, Clock clock) {
        this.data = data;
        this.store = store;
        this.clock = clock;
        this.printer = new DocumentPrinter(PrinterSetup.read(store.settings()));
        this.catalog = publishedCatalog(store.settings()).orElseGet(CatalogJson::bundled);
        this.calendar = calendarInForce(store.settings());
        store.useCatalog(catalog);
        store.useCalendar(calendar);
        this.search = new ItemSearch(catalog);
        this.sync = new SyncService(store, clock);
        this.dueDates = new DueDates(this::catalog, this::calendar, clock);
        this.signIn = new SignIn(store.users(), this::enrolledSync);
        Openings openings = new Openings(dueDates);
        Decisions decisions = new Decisions(this::catalog, dueDates);
        this.sites = new SiteSettings(store.settings());
        this.takeApplication = new TakeApplication(store.desk(), store.cases(), decisions, openings, dueDates, signIn,
                changes, sites::current);
        this.supplementCase = new SupplementCase(store.desk(), store.cases(), this::enrolledSync, decisions,
                openings, changes);
        this.voidCase = new VoidCase(store.desk(), signIn, changes);
        this.renumberCase = new RenumberCase(store.desk(), signIn, changes);
        OfficeSettings office = new OfficeSettings(store.settings());
        this.sealDirectory = data.seals();
        OfficePublication.keepSeals(store.settings(), sealDirectory);
        SigningKeys keys = SigningKeys.openOrCreate(data.keys());
        // the fonts are parsed when the first document is rendered, not while the window starts; the offices are read
        // at each render, so what the administrator or the centre changed is on the next paper
        Lazy<PdfFonts> fonts = new Lazy<>(PdfFonts::load);
        Supplier<DocumentRenderer> renderer = () -> new DocumentRenderer(fonts.get(), keys, office.directory(),
                StaffNames.AS_RECORDED);
        Lazy<CertificateRenderer> certificates = new Lazy<>(() -> new CertificateRenderer(fonts.get(), keys,
                DeviceCertificate.openOrCreate(data.keys(), office.profile().name(), clock), office.profile()));
        Lazy<AfterAcceptancePapers> papers = new Lazy<>(() -> new AfterAcceptancePapers(fonts.get(), office.profile()));
        this.afterAcceptance = new AfterAcceptanceSteps(this::catalog, store.desk(), certificates, papers,
                () -> printer, office::abbreviation, clock, changes);
        this.afterAcceptanceQueries = new AfterAcceptanceQueries(store.afterAcceptance(), this::calendar, clock);
        this.documents = new IssueDocuments(this::catalog, store.desk(), store.events(), store.documents(),
                store.issued(), renderer, () -> printer, this::staffNames, clock, changes, code -> sites.sites().site(code));
        this.proxyIntake = new ProxyIntake(store.desk(), decisions, dueDates, sites, this::calendar, changes);
        this.handOver = new HandOver(store.desk(), store.events(), sites, this::catalog, renderer, () -> printer, clock,
                changes);
        this.receiveHandover = new ReceiveHandover(store.desk(), store.events(), decisions, openings, changes);
        this.materialCopies = new MaterialCopies(store.desk(), store.events(), store.attachments(), store.settings(),
                this::enrolledSync, changes);
        this.proxyFiles = new ProxyFiles(store);
        this.cases = new CaseQueries(store.cases(), store.desk(), store.events(), store.documents(), store.issued(),
                this::calendar, store.users());
        this.centre = new CentreLink(store, sync, sites);
        this.postVerification = new PostVerification(store.desk(), this::catalog, this::calendar, changes);
        this.backups = new DailyBackups(data, clock);
        this.printerSetup = new PrinterSetup(store.settings(), this::usePrinters, renderer, certificates, clock);
        this.officeSetup = new OfficeSetup(store.settings(), data.root().resolve("office").resolve("seal.png"));
        this.hallStatus = new HallStatus(this::catalog, this::calendar, store.settings(), centre, dueDates);
        this.recount = new RecountDeadlines(store.desk(), store.cases(), store.events(), this::calendar,
                () -> store.device().deviceId(), changes);
        sync.addListener(new SyncListener() {
            @Override
            public void statusChanged(SyncStatus status) {
            }

            @Override
            public void roundCompleted(SyncRound round) {
                sites.reload();
                if (round.catalogUpdated() || round.calendarsUpdated() > 0 || round.officesUpdated() > 0) {
                    takePublications();
                }
            }
        });
        changes.add(saved -> centre.nudge());
    }

    /**
     * The installation in {@code data} (created and migrated on first use), on the composition root's clock. No account
     * exists until an administrator makes one or the centre sends the hall's. Sync is not started: {@link #startSync}
     * does that once the caller is ready.
     */
    public static Workstation open(DataDirectory data, Clock clock) {
        return open(data, clock, false);
    }

    /**
     * The same, for a demonstration (the README's run command, {@code onewindow --demo}): the demo accounts, whose
     * passwords are printed in the README, are seeded while the window has no account and is not enrolled; enrolling
     * removes them.
     */
    public static Workstation openDemo(DataDirectory data, Clock clock) {
        return open(data, clock, true);
    }

    private static Workstation open(DataDirectory data, Clock clock, boolean demo) {
        ClientStore store = ClientStore.open(data, CatalogJson.bundled(), WorkingCalendar.bundled(), clock);
        try {
            if (demo && !store.device().enrolled()) {
                store.users().seedDemoAccountsIfEmpty();
            }
            Workstation workstation = new Workstation(data, store, clock);
            // a new release may bundle a year the State Council published since the last start
            workstation.recount.recountOpenCases();
            return workstation;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Starts the background sync loop when this workstation is enrolled with a central store. */
    public void startSync() {
        if (store.device().enrolled()) {
            sync.start();
        }
    }

    /**
     * Starts the daily backup (decision record 0021): one soon after start if the newest is a day old or there is none,
     * then one a day while the window runs, each kept {@value Backups#DEFAULT_KEEP_DAYS} days (or the days of the setting
     * {@code backup.keepDays}). It has its own thread: on the sync loop it would wait for the network.
     */
    public void startDailyBackups() {
        int keepDays = store.settings().get("backup.keepDays").map(Integer::parseInt).orElse(Backups.DEFAULT_KEEP_DAYS);
        backups.start(keepDays);
    }

    /** A backup now, into {@code target} or, when null, the data directory's backup folder (onewindow backup). */
    public java.nio.file.Path backUp(java.nio.file.Path target) {
        return target == null ? Backups.backUpNow(data, clock) : store.backUp(target);
    }

    /**
     * Never on the window's thread: every store access made on a thread where {@code isWindowThread} is
     * true is handed to {@code violation} (the window logs it; its test fails on it).
     */
    public void keepTheStoreOffThreads(BooleanSupplier isWindowThread, Consumer<String> violation) {
        store.guardThreads(isWindowThread, violation);
    }

    /** Which printer each kind of document goes to from now on (not kept: {@link PrinterSetup#save} keeps them). */
    public void usePrinters(PrinterSettings settings) {
        this.printer = new DocumentPrinter(settings);
    }

    public Clock clock() {
        return clock;
    }

    /** The service catalog in force. */
    public Catalog catalog() {
        return catalog;
    }

    /** The catalog's search (by name, code, department, pinyin), built with it off the window's thread. */
    public ItemSearch search() {
        return search;
    }

    /** The working-day calendar in force: bundled national data, data the centre published, regional changes. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** Told, on the thread that synced, when a newer catalog came into force. */
    public void onCatalogChanged(Consumer<Catalog> listener) {
        catalogListeners.add(listener);
    }

    /** Told, on the thread that saved, whenever a case was saved at this workstation; run the answer to stop. */
    public Runnable onCaseSaved(Consumer<CaseState> listener) {
        changes.add(listener);
        return () -> changes.remove(listener);
    }

    public DueDates dueDates() {
        return dueDates;
    }

    public SignIn signIn() {
        return signIn;
    }

    public TakeApplication takeApplication() {
        return takeApplication;
    }

    public SupplementCase supplementCase() {
        return supplementCase;
    }

    public VoidCase voidCase() {
        return voidCase;
    }

    public RenumberCase renumberCase() {
        return renumberCase;
    }

    public IssueDocuments documents() {
        return documents;
    }

    /** Routing, issuing on site, collection, mail and fees (decision record 0033). */
    public AfterAcceptanceSteps afterAcceptance() {
        return afterAcceptance;
    }

    /** The lists after acceptance: by department, not picked up, uncollected, the day's fees. */
    public AfterAcceptanceQueries afterAcceptanceQueries() {
        return afterAcceptanceQueries;
    }

    public CaseQueries cases() {
        return cases;
    }

    public CentreLink centre() {
        return centre;
    }

    /** 事后核查 of commitments and 撤销 of decisions obtained by false ones. */
    public PostVerification postVerification() {
        return postVerification;
    }

    public PrinterSetup printerSetup() {
        return printerSetup;
    }

    public OfficeSetup officeSetup() {
        return officeSetup;
    }

    public HallStatus hallStatus() {
        return hallStatus;
    }

    public RecountDeadlines recountDeadlines() {
        return recount;
    }

    /** The help-and-proxy site this workstation serves, if any, and its hall's sites. */
    public SiteSettings sites() {
        return sites;
    }

    /** 代办收件 at a site. */
    public ProxyIntake proxyIntake() {
        return proxyIntake;
    }

    /** 交接送件: the site's batches to the hall and their 交接单. */
    public HandOver handOver() {
        return handOver;
    }

    /** 交接接收 at the hall: receiving a site's batch and deciding on each file. */
    public ReceiveHandover receiveHandover() {
        return receiveHandover;
    }

    /** Electronic copies of materials (材料电子件). */
    public MaterialCopies materialCopies() {
        return materialCopies;
    }

    /** The agent's outbox: the site's proxy files, what waits to go, what the hall did. */
    public ProxyFiles proxyFiles() {
        return proxyFiles;
    }

    /** The local store, for the checks of the store itself (integrity, chains) and the tests. */
    public ClientStore store() {
        return store;
    }

    /** The names of the people this device knows (its own accounts and the hall's, synced from the centre). */
    public StaffNames staffNames() {
        return StaffNames.of(store.users().displayNames());
    }

    private Optional<SyncService> enrolledSync() {
        return store.device().enrolled() ? Optional.of(sync) : Optional.empty();
    }

    /** A sync brought a newer catalog or calendar: from now on cases are dated, folded and searched with it. */
    void takePublications() {
        OfficePublication.keepSeals(store.settings(), sealDirectory);
        Optional<Catalog> published = publishedCatalog(store.settings());
        if (published.isPresent() && !published.get().version().equals(catalog.version())) {
            Catalog newer = published.get();
            search = new ItemSearch(newer);
            catalog = newer;
            store.useCatalog(newer);
            LOG.info("事项目录已更新为 {}", newer.version());
            catalogListeners.forEach(listener -> listener.accept(newer));
        }
        WorkingCalendar newerCalendar = calendarInForce(store.settings());
        boolean newlyPublished = newerCalendar.publishedUntil().isAfter(calendar.publishedUntil());
        calendar = newerCalendar;
        store.useCalendar(newerCalendar);
        if (newlyPublished) {
            LOG.info("节假日安排已公布至 {}，重算暂定期限：{} 件", newerCalendar.publishedUntil(),
                    recount.recountOpenCases().size());
        }
    }

    private static Optional<Catalog> publishedCatalog(Settings settings) {
        return settings.get(ChangePuller.CATALOG_SETTING).map(CatalogJson::read);
    }

    /**
     * The bundled national data, then each later year the centre published (in order, while they follow on),
     * then the region's changes.
     */
    private static WorkingCalendar calendarInForce(Settings settings) {
        WorkingCalendar national = WorkingCalendar.bundled();
        for (int year = national.publishedUntil().getYear() + 1; ; year++) {
            Optional<String> published = settings.get(ChangePuller.nationalYearSetting(year));
            if (published.isEmpty()) {
                break;
            }
            national = national.withPublishedYear(year, readOverrides(published.get()));
        }
        Optional<String> overrides = settings.get(ChangePuller.CALENDAR_SETTING);
        return overrides.isEmpty() ? national : national.withOverrides(readOverrides(overrides.get()));
    }

    private static List<DayOverride> readOverrides(String json) {
        try {
            return List.of(Json.mapper().readValue(json, DayOverride[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the calendar changes the centre sent cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() {
        backups.close();
        sync.close();
        store.close();
    }
}

package se.tryggalov.roster.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.roster.BoardPerson;
import se.tryggalov.roster.BoardShift;
import se.tryggalov.roster.Candidate;
import se.tryggalov.roster.EditFeedback;
import se.tryggalov.roster.PublishResult;
import se.tryggalov.roster.RosterBoard;
import se.tryggalov.roster.RosterScope;
import se.tryggalov.roster.RosterService;
import se.tryggalov.roster.ShiftSignupService;
import se.tryggalov.roster.ScopeKind;
import se.tryggalov.roster.SolveJob;
import se.tryggalov.roster.SolveJobService;
import se.tryggalov.roster.SolveJobStatus;
import se.tryggalov.roster.solver.RosterSolution;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.ScrollRegion;
import se.tryggalov.shared.ui.Notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Rostering a break, a date range or the school year: start the solver as a background job and follow its progress
 * (best score, covered share of the risk-weighted need, time left), read the date × district board with each gap
 * explained, change people by hand with immediate feedback on what that breaks, and publish. Partner contacts read
 * the board with their own organisation's people named. {@code ?break=<id>}, {@code ?from=..&to=..} or
 * {@code ?year=2026} opens a given scope.
 */
@Route("roster")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT})
@Menu(order = 55, icon = "vaadin:calendar-user", title = "nav.roster")
@StyleSheet("context://styles/roster.css")
public class RosterView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final List<Integer> TIME_LIMITS = List.of(10, 30, 60, 120, 300, 600);
    static final int DEFAULT_TIME_LIMIT = 30;
    static final int POLL_MILLIS = 1000;
    static final int MAX_VIOLATIONS_SHOWN = 100;

    /** A scope to choose: a break, the whole year, or the dates typed in ({@code scope == null}). */
    record ScopeOption(String label, RosterScope scope) {
    }

    private final RosterService roster;
    private final ShiftSignupService signups;
    private final SolveJobService jobs;
    private final CalendarService calendar;
    private final Clock clock;
    private final RosterTexts texts;
    private final boolean planner;

    final Select<ScopeOption> period = new Select<>();
    final DatePicker from;
    final DatePicker to;
    final Select<Integer> timeLimit = new Select<>();
    final Button start = new Button();
    final Button stop = new Button();
    final Button publish = new Button();
    final Paragraph jobStatus = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Div summary = new Div();
    final Div feedback = new Div();
    final Paragraph message = new Paragraph();
    final Details violations = new Details();
    private final Div boardHolder = new Div();
    private RosterBoardTable boardTable;
    private ScopeOption ownDates;
    private RosterBoard board;
    private SolveJob job;
    private boolean filling;
    private Registration pollRegistration;

    RosterView(RosterService roster, SolveJobService jobs, CalendarService calendar, Clock clock,
               AuthenticationContext authentication, ShiftSignupService signups) {
        this.roster = roster;
        this.signups = signups;
        this.jobs = jobs;
        this.calendar = calendar;
        this.clock = clock;
        this.texts = RosterTexts.of(this, getLocale());
        this.planner = authentication.hasAnyRole(Role.Names.COORDINATOR, Role.Names.ADMIN);
        addClassNames("page", "roster-view");
        add(new H1(getTranslation("roster.title")));
        add(new Paragraph(getTranslation(planner ? "roster.intro" : "roster.introPartner")));

        from = texts.datePicker(getTranslation("roster.from"));
        from.setId("roster-from");
        to = texts.datePicker(getTranslation("roster.to"));
        to.setId("roster-to");
        period.setId("roster-period");
        period.setLabel(getTranslation("roster.period"));
        period.setItemLabelGenerator(ScopeOption::label);
        period.addValueChangeListener(e -> {
            if (!filling) {
                showDates();
                load();
            }
        });
        for (DatePicker picker : List.of(from, to)) {
            picker.addValueChangeListener(e -> {
                if (!filling && period.getValue() == ownDates) {
                    load();
                }
            });
        }
        Div scopeRow = new Div(period, from, to);
        scopeRow.addClassName("roster-filters");
        add(scopeRow);

        if (planner) {
            add(solveControls());
        }
        message.setId("roster-message");
        message.addClassName("roster-message");
        message.setVisible(false);
        summary.setId("roster-summary");
        summary.addClassName("roster-summary");
        feedback.setId("roster-feedback");
        feedback.addClassName("roster-feedback");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
        violations.setId("roster-violations");
        violations.addClassName("roster-details");
        violations.setSummaryText(getTranslation("roster.details"));
        violations.setVisible(false);
        add(message, summary, feedback, violations, new H2(getTranslation("roster.board.title")), boardHolder);
    }

    private Div solveControls() {
        timeLimit.setId("roster-seconds");
        timeLimit.setLabel(getTranslation("roster.timeLimit"));
        timeLimit.setItems(TIME_LIMITS);
        timeLimit.setItemLabelGenerator(texts::seconds);
        timeLimit.setValue(DEFAULT_TIME_LIMIT);

        start.setText(getTranslation("roster.action.start"));
        start.setIcon(VaadinIcon.PLAY.create());
        start.setId("roster-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startSolve());
        stop.setText(getTranslation("roster.action.stop"));
        stop.setIcon(VaadinIcon.STOP.create());
        stop.setId("roster-stop");
        stop.setEnabled(false);
        stop.addClickListener(e -> stopSolve());
        publish.setText(getTranslation("roster.action.publish"));
        publish.setIcon(VaadinIcon.CHECK.create());
        publish.setId("roster-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(e -> confirmPublish());
        RouterLink settings = new RouterLink(getTranslation("roster.settings.link"), RosterSettingsView.class);
        settings.setId("roster-settings-link");
        Div buttons = new Div(timeLimit, start, stop, publish, settings);
        buttons.addClassName("roster-actions");

        jobStatus.setId("roster-job-status");
        jobStatus.addClassName("roster-job-status");
        jobStatus.getElement().setAttribute("role", "status");
        jobStatus.getElement().setAttribute("aria-live", "polite");
        progress.setId("roster-progress");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("roster.job.progressLabel"));
        Div box = new Div(buttons, jobStatus, progress);
        box.addClassName("roster-solve");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (planner) {
            pollRegistration = event.getUI().addPollListener(e -> refreshJob());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    // ---- the scope ----------------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<ScopeOption> options = options();
        QueryParameters query = event.getLocation().getQueryParameters();
        filling = true;
        try {
            period.setItems(options);
            ScopeOption chosen = chooseFromQuery(query, options).orElseGet(() -> upcoming(options));
            period.setValue(chosen);
            showDates();
        } finally {
            filling = false;
        }
        load();
    }

    private List<ScopeOption> options() {
        SchoolYear current = calendar.currentYear();
        List<ScopeOption> options = new ArrayList<>();
        Stream.of(current, current.next()).map(calendar::plan).flatMap(Optional::stream).forEach((YearPlan plan) -> {
            for (CalendarItem item : plan.itemsOf(ItemKind.BREAK)) {
                options.add(new ScopeOption(getTranslation("roster.option.break", texts.itemName(item),
                        String.valueOf(item.firstDay().getYear()), texts.shortDate(item.firstDay()),
                        texts.shortDate(item.lastDay())), RosterScope.ofBreak(plan.year(), item.id())));
            }
            options.add(new ScopeOption(getTranslation("roster.option.year", plan.year().label()),
                    RosterScope.ofYear(plan.year())));
        });
        ownDates = new ScopeOption(getTranslation("roster.option.ownDates"), null);
        options.add(ownDates);
        return options;
    }

    private Optional<ScopeOption> chooseFromQuery(QueryParameters query, List<ScopeOption> options) {
        Optional<String> breakId = query.getSingleParameter("break");
        if (breakId.isPresent()) {
            return options.stream().filter(o -> o.scope() != null && o.scope().kind() == ScopeKind.BREAK
                    && breakId.get().equals(String.valueOf(o.scope().calendarItemId()))).findFirst();
        }
        Optional<String> year = query.getSingleParameter("year");
        if (year.isPresent()) {
            return options.stream().filter(o -> o.scope() != null && o.scope().kind() == ScopeKind.YEAR
                    && year.get().equals(String.valueOf(o.scope().year().startYear()))).findFirst();
        }
        Optional<LocalDate> qFrom = query.getSingleParameter("from").flatMap(RosterView::parseDate);
        Optional<LocalDate> qTo = query.getSingleParameter("to").flatMap(RosterView::parseDate);
        if (qFrom.isPresent() && qTo.isPresent()) {
            from.setValue(qFrom.get());
            to.setValue(qTo.get());
            return Optional.of(ownDates);
        }
        return Optional.empty();
    }

    /** The next break that has not ended, else the first option. */
    private ScopeOption upcoming(List<ScopeOption> options) {
        LocalDate today = LocalDate.now(clock);
        return options.stream().filter(o -> o.scope() != null && o.scope().kind() == ScopeKind.BREAK)
                .filter(o -> breakEnd(o).map(end -> !end.isBefore(today)).orElse(false))
                .findFirst().orElse(options.getFirst());
    }

    private Optional<LocalDate> breakEnd(ScopeOption option) {
        return calendar.plan(option.scope().year()).flatMap(p -> p.items().stream()
                .filter(i -> i.id() == option.scope().calendarItemId()).findFirst()).map(CalendarItem::lastDay);
    }

    private void showDates() {
        boolean own = period.getValue() == ownDates;
        from.setVisible(own);
        to.setVisible(own);
    }

    private static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The chosen scope, or empty when the own dates are incomplete. */
    Optional<RosterScope> scope() {
        ScopeOption option = period.getValue();
        if (option == null) {
            return Optional.empty();
        }
        if (option != ownDates) {
            return Optional.of(option.scope());
        }
        if (from.getValue() == null || to.getValue() == null) {
            return Optional.empty();
        }
        LocalDate first = from.getValue();
        SchoolYear year = SchoolYear.containing(first);
        return Optional.of(RosterScope.ofRange(year, first, to.getValue()));
    }

    // ---- the board ------------------------------------------------------------------------------------------------

    /** Reads the board of the chosen scope; a scope that cannot be shown says why instead. */
    void load() {
        LocalDate shownDay = boardTable == null ? null : boardTable.shownDay();
        boardHolder.removeAll();
        boardTable = null;
        board = null;
        Optional<RosterScope> scope = scope();
        if (scope.isEmpty()) {
            showMessage(getTranslation("roster.error.datesRequired"));
            showSummary();
            refreshJob();
            return;
        }
        try {
            board = roster.board(scope.get());
            message.setVisible(false);
        } catch (UserMessageException e) {
            showMessage(getTranslation(e.messageKey(), e.arguments()));
        }
        if (board != null) {
            if (shownDay == null || !board.days().contains(shownDay)) {
                LocalDate today = LocalDate.now(clock);
                shownDay = board.days().stream().filter(d -> !d.isBefore(today)).findFirst().orElse(null);
            }
            boardTable = new RosterBoardTable(texts, board, planner, this::openPerson, this::openAdd,
                    new RosterBoardTable.Approvals() {
                        @Override
                        public void approve(BoardPerson p) {
                            edit(() -> signups.approve(p.assignmentId(), p.version()),
                                    () -> getTranslation("roster.done.approved", p.name()));
                        }

                        @Override
                        public void reject(BoardPerson p) {
                            edit(() -> signups.reject(p.assignmentId(), p.version()),
                                    () -> getTranslation("roster.done.rejected", p.name()));
                        }
                    }, solvedBefore(scope.get()), shownDay);
            // the desktop table scrolls sideways when the districts do not fit: a named keyboard stop
            ScrollRegion.mark(boardTable, getTranslation("roster.board.title"));
            boardHolder.add(boardTable);
        }
        showSummary();
        refreshJob();
    }

    /**
     * True once a solve of the scope has ended: only then do the solver's reasons for a gap explain something
     * (before, "90 free people could have been placed" would blame a choice nobody has made yet).
     */
    private boolean solvedBefore(RosterScope scope) {
        if (!planner) {
            return false;
        }
        try {
            return jobs.latest(scope).filter(j -> j.status() == SolveJobStatus.FINISHED
                    || j.status() == SolveJobStatus.STOPPED).isPresent();
        } catch (UserMessageException e) {
            return false;
        }
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    /**
     * The roster in a steering group's words: how much of the risk-weighted need is covered, how many groups will
     * not walk and why, which rules about people are broken and which wishes are not met, and how often. The
     * solver's raw score and every single break are in the details, closed until opened.
     */
    private void showSummary() {
        violations.setVisible(false);
        summary.removeAll();
        if (board == null) {
            summary.setVisible(false);
            publish.setEnabled(false);
            return;
        }
        summary.setVisible(true);
        publish.setEnabled(board.proposedCount() > 0);
        int shifts = board.shifts().size();
        Optional<RosterSolution> evaluation = board.evaluation();
        if (evaluation.isEmpty()) {
            summary.add(new Paragraph(getTranslation("roster.verdict.groups", shifts, board.assignedCount(),
                    board.emptyCount())));
            return;
        }
        RosterSolution e = evaluation.get();
        RosterVerdict verdict = RosterVerdict.of(e);
        Paragraph covered = new Paragraph(getTranslation("roster.verdict.covered", texts.percent(verdict.covered())));
        covered.setId("roster-covered");
        covered.addClassName("roster-covered");
        summary.add(covered);
        summary.add(new Paragraph(getTranslation("roster.verdict.groupsWalking", shifts, board.assignedCount(),
                verdict.notWalking())));
        if (verdict.notWalking() > 0) {
            UnorderedList why = new UnorderedList();
            why.setId("roster-not-walking");
            addCount(why, "roster.verdict.why.empty", verdict.empty());
            addCount(why, "roster.verdict.why.belowMinimum", verdict.belowMinimum());
            addCount(why, "roster.verdict.why.noLead", verdict.noLead());
            addCount(why, "roster.verdict.why.youth", verdict.youthOnly());
            summary.add(why);
        }
        if (!verdict.brokenRules().isEmpty()) {
            summary.add(new Paragraph(getTranslation("roster.verdict.rules")));
            UnorderedList rules = new UnorderedList();
            rules.setId("roster-broken-rules");
            verdict.brokenRules().forEach((constraint, n) -> rules.add(new ListItem(
                    getTranslation("roster.verdict.times", texts.constraintName(constraint), n))));
            summary.add(rules);
        }
        if (verdict.unmetWishes().isEmpty()) {
            summary.add(new Paragraph(getTranslation("roster.verdict.allWishes")));
        } else {
            summary.add(new Paragraph(getTranslation("roster.verdict.wishes")));
            UnorderedList wishes = new UnorderedList();
            wishes.setId("roster-unmet-wishes");
            verdict.unmetWishes().forEach((constraint, n) -> wishes.add(new ListItem(
                    getTranslation("roster.verdict.times", texts.constraintName(constraint), n))));
            summary.add(wishes);
        }
        violations.removeAll();
        Paragraph score = new Paragraph(getTranslation("roster.details.score", e.score()));
        score.setId("roster-score");
        violations.add(score);
        if (!e.violations().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("roster-violation-list");
            e.violations().stream().limit(MAX_VIOLATIONS_SHOWN).forEach(v -> list.add(violationItem(v)));
            violations.add(new Paragraph(getTranslation("roster.violations", e.violations().size(), hardCount(e))),
                    list);
        }
        violations.setVisible(true);
    }

    private void addCount(UnorderedList list, String key, int count) {
        if (count > 0) {
            list.add(new ListItem(getTranslation(key, count)));
        }
    }

    private ListItem violationItem(RosterSolution.Violation v) {
        String where = board == null || v.shiftId() == null ? null
                : board.shift(v.shiftId()).map(texts::shiftName).orElse(null);
        String text = texts.violation(v);
        ListItem item = new ListItem(where == null ? getTranslation("roster.violation.level." + v.level(), text)
                : getTranslation("roster.violation.at", getTranslation("roster.violation.level." + v.level(), text),
                where));
        item.addClassName(v.level().toLowerCase());
        return item;
    }

    private static long hardCount(RosterSolution e) {
        return e.violations().stream().filter(v -> "HARD".equals(v.level())).count();
    }

    // ---- hand edits -----------------------------------------------------------------------------------------------

    private void openPerson(BoardShift shift, BoardPerson person) {
        new PersonDialog(texts, board, shift, person, new PersonDialog.Actions() {
            @Override
            public void move(BoardPerson p, BoardShift target) {
                edit(() -> roster.move(p.assignmentId(), p.version(), target.id()),
                        () -> getTranslation("roster.done.moved", p.name(), shiftNameNow(target)));
            }

            @Override
            public void swap(BoardPerson p, BoardPerson with) {
                edit(() -> roster.swap(p.assignmentId(), p.version(), with.assignmentId(), with.version()),
                        () -> getTranslation("roster.done.swapped", p.name(), with.name()));
            }

            @Override
            public void pin(BoardPerson p, boolean pinned) {
                edit(() -> roster.setPinned(p.assignmentId(), p.version(), pinned),
                        () -> getTranslation(pinned ? "roster.done.pinned" : "roster.done.unpinned", p.name()));
            }

            @Override
            public void remove(BoardPerson p) {
                edit(() -> roster.remove(p.assignmentId(), p.version()),
                        () -> getTranslation("roster.done.removed", p.name()));
            }
        }).open();
    }

    private void openAdd(BoardShift shift) {
        List<Candidate> candidates = roster.candidates(shift.id());
        new AddPersonDialog(texts, shift, candidates, c -> edit(() -> roster.add(shift.id(), c.userId()),
                () -> getTranslation("roster.done.added", c.name(), shiftNameNow(shift)))).open();
    }

    /** The shift's name with its count as the board reads now (after the edit), not as it was before. */
    private String shiftNameNow(BoardShift shift) {
        return Optional.ofNullable(board).flatMap(b -> b.shift(shift.id())).map(texts::shiftName)
                .orElseGet(() -> texts.shiftName(shift));
    }

    void edit(Runnable change, String done) {
        edit(change, () -> done);
    }

    /**
     * Carries out a hand edit, reloads the board and says what it did to the roster: the score before and after
     * and every rule it broke. A refusal is shown and nothing changes.
     */
    void edit(Runnable change, Supplier<String> done) {
        Optional<RosterSolution> before = board == null ? Optional.empty() : board.evaluation();
        try {
            change.run();
        } catch (UserMessageException e) {
            String refusal = getTranslation(e.messageKey(), e.arguments());
            feedback.removeAll();
            feedback.add(new Paragraph(refusal));
            feedback.addClassName("refused");
            Notifications.error(refusal);
            load();
            return;
        }
        load();
        feedback.removeClassName("refused");
        feedback.removeAll();
        feedback.add(new Paragraph(done.get())); // after load(): the counts in it are the new ones
        Optional<RosterSolution> after = board == null ? Optional.empty() : board.evaluation();
        if (before.isPresent() && after.isPresent()) {
            EditFeedback f = EditFeedback.of(before.get(), after.get());
            feedback.add(new Paragraph(getTranslation("roster.feedback.covered", texts.percent(f.coveredBefore()),
                    texts.percent(f.coveredAfter()))));
            int notWalkingBefore = RosterVerdict.of(before.get()).notWalking();
            int notWalkingAfter = RosterVerdict.of(after.get()).notWalking();
            if (notWalkingBefore != notWalkingAfter) {
                feedback.add(new Paragraph(getTranslation("roster.feedback.notWalking", notWalkingBefore,
                        notWalkingAfter)));
            }
            if (f.broken().isEmpty()) {
                feedback.add(new Paragraph(getTranslation("roster.feedback.nothingBroken")));
            } else {
                Paragraph heading = new Paragraph(getTranslation("roster.feedback.broken", f.broken().size()));
                UnorderedList list = new UnorderedList();
                f.broken().forEach(v -> list.add(violationItem(v)));
                feedback.add(heading, list);
            }
            if (f.mended() > 0) {
                feedback.add(new Paragraph(getTranslation("roster.feedback.mended", f.mended())));
            }
        }
    }

    // ---- solving --------------------------------------------------------------------------------------------------

    private void startSolve() {
        Optional<RosterScope> scope = scope();
        if (scope.isEmpty()) {
            showMessage(getTranslation("roster.error.datesRequired"));
            return;
        }
        Integer seconds = timeLimit.getValue() == null ? DEFAULT_TIME_LIMIT : timeLimit.getValue();
        try {
            job = jobs.start(scope.get(), seconds);
        } catch (UserMessageException e) {
            String refusal = getTranslation(e.messageKey(), e.arguments());
            showMessage(refusal);
            Notifications.error(refusal);
            refreshJob();
            return;
        }
        message.setVisible(false);
        showJob();
    }

    private void stopSolve() {
        if (job != null) {
            jobs.stop(job.id());
            refreshJob();
        }
    }

    /** Re-reads the scope's newest job (on every poll while one runs); reloads the board when it has just ended. */
    void refreshJob() {
        if (!planner) {
            return;
        }
        boolean wasActive = job != null && job.active();
        Optional<RosterScope> scope = scope();
        try {
            job = scope.flatMap(jobs::latest).orElse(null);
        } catch (UserMessageException e) {
            job = null;
        }
        if (wasActive && job != null && !job.active()) {
            showJob();
            load();
            return;
        }
        showJob();
    }

    private void showJob() {
        boolean active = job != null && job.active();
        start.setEnabled(!active);
        stop.setEnabled(active && !job.stopRequested());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(active ? POLL_MILLIS : -1);
        }
        if (job == null) {
            jobStatus.setText(getTranslation("roster.job.none"));
            progress.setVisible(false);
            return;
        }
        String covered = job.coveredShare() == null ? getTranslation("roster.status.noneYet")
                : texts.percent(job.coveredShare().doubleValue());
        Instant now = clock.instant();
        jobStatus.setText(switch (job.status()) {
            case QUEUED -> getTranslation("roster.job.QUEUED");
            case RUNNING -> getTranslation(job.stopRequested() ? "roster.status.stopping" : "roster.status.running",
                    covered, texts.timeLeft(job.timeLeft(now).orElse(Duration.ZERO)));
            case FINISHED, STOPPED -> ended(job);
            case FAILED, INTERRUPTED -> getTranslation("roster.job." + job.status().name());
        });
        if (job.status() == SolveJobStatus.RUNNING && job.startedAt() != null) {
            double elapsed = Duration.between(job.startedAt().toInstant(), now).toMillis() / 1000.0;
            progress.setValue(Math.max(0, Math.min(1, elapsed / job.secondsLimit())));
            progress.setVisible(true);
        } else {
            progress.setVisible(false);
        }
    }

    /**
     * When the last solve ended and how much of the need the roster covers now: read from the roster as it stands,
     * so a hand edit after the solve shows here at once (the job's own figure is the roster it left).
     */
    private String ended(SolveJob ended) {
        var at = ended.finishedAt() == null ? null : ended.finishedAt().atZoneSameInstant(clock.getZone());
        String date = at == null ? "" : texts.shortDate(at.toLocalDate());
        String time = at == null ? "" : texts.time(at.toLocalTime());
        String text = getTranslation(ended.status() == SolveJobStatus.FINISHED ? "roster.status.finished"
                : "roster.status.stopped", date, time);
        Optional<RosterSolution> now = board == null ? Optional.empty() : board.evaluation();
        if (now.isPresent()) {
            text += " " + getTranslation("roster.status.coveredNow", texts.percent(now.get().coveredShare()));
        } else if (ended.coveredShare() != null) {
            text += " " + getTranslation("roster.status.coveredThen",
                    texts.percent(ended.coveredShare().doubleValue()));
        }
        return ended.message() == null ? text : text + " " + getTranslation(ended.message());
    }

    // ---- publishing -----------------------------------------------------------------------------------------------

    private void confirmPublish() {
        Optional<RosterScope> scope = scope();
        if (scope.isEmpty() || board == null) {
            return;
        }
        long hard = board.evaluation().map(RosterView::hardCount).orElse(0L);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("roster-confirm-publish");
        confirm.setHeader(getTranslation("roster.publish.header"));
        confirm.setText(getTranslation(hard > 0 ? "roster.publish.textWithBreaks" : "roster.publish.text",
                board.proposedCount(), hard));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("roster.action.publish"));
        confirm.addConfirmListener(e -> publish(scope.get()));
        confirm.open();
    }

    void publish(RosterScope scope) {
        try {
            PublishResult result = roster.publish(scope);
            Notifications.success(getTranslation("roster.publish.done", result.confirmedAssignments(),
                    result.publishedShifts()));
            feedback.removeAll();
            feedback.add(new Span(getTranslation("roster.publish.done", result.confirmedAssignments(),
                    result.publishedShifts())));
        } catch (UserMessageException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
        load();
    }
}
